package org.consulta.moderation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When moderators are due a digest: an hour after the last one if something new waits, else a day after. */
class DigestTurnTest {

    private static final Instant NINE = Instant.parse("2026-11-27T09:00:00Z");

    private final DigestTurn turn = new DigestTurn(1L);

    @Test
    void theFirstDigestGoesAtOnce() {
        assertTrue(turn.take(NINE, NINE.minusSeconds(5)));
    }

    @Test
    void somethingNewIsAnnouncedAnHourAfterTheLastDigestNotBefore() {
        turn.take(NINE, NINE.minusSeconds(5));
        Instant newFlag = NINE.plus(Duration.ofMinutes(10));
        assertFalse(turn.take(NINE.plus(Duration.ofMinutes(59)), newFlag));
        assertTrue(turn.take(NINE.plus(Duration.ofMinutes(60)), newFlag));
    }

    @Test
    void whatStillWaitsIsRecalledOnceADay() {
        turn.take(NINE, NINE.minusSeconds(5));
        Instant sameOldFlag = NINE.minusSeconds(5);
        assertFalse(turn.take(NINE.plus(Duration.ofHours(2)), sameOldFlag), "nothing new");
        assertFalse(turn.take(NINE.plus(Duration.ofHours(23)), sameOldFlag));
        assertTrue(turn.take(NINE.plus(Duration.ofHours(24)), sameOldFlag), "the daily reminder");
        assertFalse(turn.take(NINE.plus(Duration.ofHours(25)), sameOldFlag), "counted from the reminder");
    }
}
