package org.consulta.consultation;

import org.consulta.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which notice a consultation owes its followers, once each; who may read its contributions. */
class ConsultationNoticeTest {

    private static final Instant OPENS = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-31T17:00:00Z");
    private static final Duration SOON = Duration.ofHours(48);

    private static Consultation consultation(boolean anonymousReading) {
        return new Consultation(null, LocalizedText.original("fr", "Consultation"), LocalizedText.empty(),
                LocalDate.parse("2026-02-01"), new ConsultationWindow(OPENS, CLOSES), anonymousReading, List.of());
    }

    @Test
    void theOpeningNoticeOnceOpenThenTheClosingOneTwoDaysBeforeTheEndEachOnce() {
        Consultation c = consultation(true);
        assertNull(c.noticeDue(OPENS.minusSeconds(1), SOON), "planned: nothing yet");
        assertEquals("mail_consultation_opened", c.noticeDue(OPENS, SOON));
        assertNull(c.noticeDue(OPENS.plusSeconds(60), SOON), "already sent");
        assertNull(c.noticeDue(CLOSES.minus(SOON).minusSeconds(1), SOON));
        assertEquals("mail_consultation_closing", c.noticeDue(CLOSES.minus(SOON), SOON));
        assertNull(c.noticeDue(CLOSES.minusSeconds(1), SOON), "already sent");
    }

    @Test
    void aPlatformThatWasDownSendsOneNoticeAndNothingAfterClosing() {
        Consultation late = consultation(true);
        assertEquals("mail_consultation_opened", late.noticeDue(CLOSES.minusSeconds(3600), SOON), "late: the opening one only");
        assertNull(late.noticeDue(CLOSES.minusSeconds(60), SOON), "and no closing one after it");
        assertNull(consultation(true).noticeDue(CLOSES, SOON), "closed: too late for any");
    }

    @Test
    void extendingTheClosingEarnsANewReminder() {
        Consultation c = consultation(true);
        c.noticeDue(OPENS, SOON);
        assertEquals("mail_consultation_closing", c.noticeDue(CLOSES.minusSeconds(3600), SOON));
        c.moveClosing(CLOSES.plus(Duration.ofDays(14)), LocalizedText.original("fr", "Prolongée"));
        assertNull(c.noticeDue(CLOSES.minusSeconds(60), SOON));
        assertEquals("mail_consultation_closing", c.noticeDue(CLOSES.plus(Duration.ofDays(13)), SOON));
    }

    @Test
    void withoutAnonymousReadingVisitorsReadOnlyOnceClosed() {
        Consultation closedToVisitors = consultation(false);
        assertFalse(closedToVisitors.readableBy(null, OPENS.plusSeconds(1)));
        assertTrue(closedToVisitors.readableBy(42L, OPENS.plusSeconds(1)));
        assertTrue(closedToVisitors.readableBy(null, CLOSES), "the report is public");
        assertTrue(consultation(true).readableBy(null, OPENS.plusSeconds(1)));
    }
}
