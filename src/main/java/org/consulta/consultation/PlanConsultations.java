package org.consulta.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A plan's consultations as its page shows them, newest first, and for each of its commitments the
 * consultation open on it at {@code now}, with the whole days left.
 */
public record PlanConsultations(List<Consultation> consultations, Instant now) {

    public List<Consultation> getAll() { return consultations; }

    /** The state a consultation is in at the page's moment: PLANNED, OPEN or CLOSED. */
    public String state(Consultation consultation) {
        return consultation.window().state(now).name();
    }

    /** The consultation open on this commitment: a list of none or one, for the page to repeat over. */
    public List<Consultation> openOn(Long commitmentId) {
        return open(commitmentId).stream().toList();
    }

    /** Whole days until it closes; 0 on its last day. */
    public long daysLeft(Consultation consultation) {
        return Math.max(0, Duration.between(now, consultation.getClosesAt()).toDays());
    }

    private Optional<Consultation> open(Long commitmentId) {
        return consultations.stream().filter(c -> c.window().isOpen(now) && c.coversId(commitmentId)).findFirst();
    }
}
