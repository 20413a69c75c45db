package org.consulta.consultation;

import org.consulta.kernel.RefusedException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * When a consultation accepts contributions: from its opening moment (included) to its closing moment
 * (excluded), both typed as local date-times of the repository's time zone and stored as instants.
 * A local time that does not exist (the hour skipped when clocks go forward) is moved forward by the
 * gap, as the clocks themselves do; an ambiguous one (clocks go back) takes the earlier instant.
 */
public record ConsultationWindow(Instant opensAt, Instant closesAt) {

    public enum State { PLANNED, OPEN, CLOSED }

    public ConsultationWindow {
        if (!closesAt.isAfter(opensAt)) {
            throw new RefusedException("consultation.refused.window_order", "closes");
        }
    }

    public static ConsultationWindow of(LocalDateTime opens, LocalDateTime closes, ZoneId zone) {
        return new ConsultationWindow(opens.atZone(zone).toInstant(), closes.atZone(zone).toInstant());
    }

    public State state(Instant now) {
        if (now.isBefore(opensAt)) {
            return State.PLANNED;
        }
        return now.isBefore(closesAt) ? State.OPEN : State.CLOSED;
    }

    public boolean isOpen(Instant now) {
        return state(now) == State.OPEN;
    }

    /**
     * Whole days between the announcement and the opening, counted on the repository's calendar:
     * announced on the 1st for an opening on the 15th is 14 days' notice, whatever the hour.
     */
    public long noticeDays(LocalDate announcedOn, ZoneId zone) {
        return ChronoUnit.DAYS.between(announcedOn, opensAt.atZone(zone).toLocalDate());
    }

    /**
     * OGP asks for advance notice to the public: a notice shorter than the repository's minimum is refused
     * ({@code refusalKey}, about the announcement's field) unless the administrator confirmed it, warned.
     */
    public void requireNotice(LocalDate announcedOn, ZoneId zone, int minNoticeDays, boolean confirmed, String refusalKey) {
        if (noticeDays(announcedOn, zone) < minNoticeDays && !confirmed) {
            throw new RefusedException(refusalKey, "shortNotice");
        }
    }
}
