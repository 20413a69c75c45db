package org.consulta.commitment;

import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** One row of the milestones table; a row left entirely empty is ignored. */
public class MilestoneForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The milestone's identity, kept across versions; empty for a new row. */
    private String key;
    @Size(max = CommitmentForm.SHORT)
    private String deliverable;
    private LocalDate start;
    private LocalDate end;

    public MilestoneForm() {
    }

    public MilestoneForm(String key, String deliverable, LocalDate start, LocalDate end) {
        this.key = key;
        this.deliverable = deliverable;
        this.start = start;
        this.end = end;
    }

    public boolean isBlank() {
        return (deliverable == null || deliverable.isBlank()) && start == null && end == null;
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getDeliverable() { return deliverable; }
    public void setDeliverable(String deliverable) { this.deliverable = deliverable; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
}
