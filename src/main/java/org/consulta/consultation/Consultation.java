package org.consulta.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consulta.commitment.Commitment;
import org.consulta.i18n.LocalizedText;
import org.consulta.plan.ActionPlan;
import org.consulta.tenant.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A public consultation on a plan's draft commitments (all of them, or those chosen). Its state
 * follows from its dates alone (see {@link ConsultationWindow}); nothing opens or closes it by hand.
 */
@Entity
@Table(name = "consultation")
public class Consultation extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private ActionPlan plan;

    @Column(nullable = false)
    private LocalizedText title;

    @Column(nullable = false)
    private LocalizedText description;

    @Column(name = "announced_on", nullable = false)
    private LocalDate announcedOn;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "anonymous_reading", nullable = false)
    private boolean anonymousReading = true;

    /** Empty: every commitment of the plan. */
    @ManyToMany
    @JoinTable(name = "consultation_commitment", joinColumns = @JoinColumn(name = "consultation_id"),
            inverseJoinColumns = @JoinColumn(name = "commitment_id"))
    private List<Commitment> commitments = new ArrayList<>();

    protected Consultation() {
    }

    Consultation(ActionPlan plan, LocalizedText title, LocalizedText description, LocalDate announcedOn,
                 ConsultationWindow window, boolean anonymousReading, List<Commitment> commitments) {
        this.plan = plan;
        this.title = title;
        this.description = description;
        this.announcedOn = announcedOn;
        this.opensAt = window.opensAt();
        this.closesAt = window.closesAt();
        this.anonymousReading = anonymousReading;
        this.commitments = new ArrayList<>(commitments);
    }

    public ConsultationWindow window() {
        return new ConsultationWindow(opensAt, closesAt);
    }

    /** Whether this consultation is about {@code commitment}. */
    public boolean covers(Commitment commitment) {
        return commitment.getPlan().getId().equals(plan.getId())
                && (commitments.isEmpty() || commitments.stream().anyMatch(c -> c.getId().equals(commitment.getId())));
    }

    public ActionPlan getPlan() { return plan; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getDescription() { return description; }
    public LocalDate getAnnouncedOn() { return announcedOn; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public boolean isAnonymousReading() { return anonymousReading; }
    public List<Commitment> getCommitments() { return commitments; }
}
