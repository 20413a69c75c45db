package org.consulta.consultation;

import org.consulta.kernel.RefusedException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The open window at its edges, in the repository's time zone. */
class ConsultationWindowTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    @Test
    void opensAtItsFirstInstantAndClosesAtItsLast() {
        ConsultationWindow window = ConsultationWindow.of(LocalDateTime.of(2026, 3, 2, 9, 0), LocalDateTime.of(2026, 4, 13, 23, 59), PARIS);
        Instant opens = Instant.parse("2026-03-02T08:00:00Z");
        assertEquals(ConsultationWindow.State.PLANNED, window.state(opens.minusNanos(1)));
        assertEquals(ConsultationWindow.State.OPEN, window.state(opens));
        Instant closes = Instant.parse("2026-04-13T21:59:00Z");
        assertEquals(ConsultationWindow.State.OPEN, window.state(closes.minusNanos(1)), "summer time: UTC+2 in April");
        assertEquals(ConsultationWindow.State.CLOSED, window.state(closes));
    }

    @Test
    void theSameLocalHoursAreDifferentInstantsInAnotherZone() {
        LocalDateTime nine = LocalDateTime.of(2026, 3, 2, 9, 0);
        ConsultationWindow paris = ConsultationWindow.of(nine, nine.plusDays(1), PARIS);
        ConsultationWindow bogota = ConsultationWindow.of(nine, nine.plusDays(1), BOGOTA);
        Instant tenUtc = Instant.parse("2026-03-02T10:00:00Z");
        assertEquals(ConsultationWindow.State.OPEN, paris.state(tenUtc));
        assertEquals(ConsultationWindow.State.PLANNED, bogota.state(tenUtc), "09:00 in Bogotá is 14:00 UTC");
    }

    @Test
    void aSkippedHourMovesForwardAsTheClocksDo() {
        ConsultationWindow window = ConsultationWindow.of(LocalDateTime.of(2026, 3, 29, 2, 30), LocalDateTime.of(2026, 4, 5, 2, 30), PARIS);
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), window.opensAt(), "02:30 does not exist that night: 03:30 CEST");
    }

    @Test
    void noticeIsCountedInCalendarDaysOfTheRepository() {
        ConsultationWindow window = ConsultationWindow.of(LocalDateTime.of(2026, 3, 15, 0, 30), LocalDateTime.of(2026, 4, 15, 0, 0), PARIS);
        assertEquals(14, window.noticeDays(LocalDate.of(2026, 3, 1), PARIS));
        assertEquals(13, window.noticeDays(LocalDate.of(2026, 3, 2), PARIS));
    }

    @Test
    void aWindowMustCloseAfterItOpens() {
        LocalDateTime at = LocalDateTime.of(2026, 3, 2, 9, 0);
        assertEquals("consultation.refused.window_order", assertThrows(RefusedException.class,
                () -> ConsultationWindow.of(at, at, PARIS)).messageKey());
    }
}
