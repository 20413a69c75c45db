package org.consulta.commitment;

import org.consulta.i18n.ShownText;

import java.time.LocalDate;

/** A milestone as a reader sees it. */
public record ShownMilestone(String key, ShownText deliverable, LocalDate start, LocalDate end) {

    public String getKey() { return key; }
    public ShownText getDeliverable() { return deliverable; }
    public LocalDate getStart() { return start; }
    public LocalDate getEnd() { return end; }
}
