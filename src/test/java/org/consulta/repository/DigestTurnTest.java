package org.consulta.repository;

import org.consulta.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When moderators are due a digest: an hour after the last one if something new waits, else a day after. */
class DigestTurnTest {

    private static final Instant NINE = Instant.parse("2026-11-27T09:00:00Z");

    private final Repository repository = new Repository("digest", RepositoryKind.LOCAL, List.of("fr"), "fr",
            LocalizedText.original("fr", "Espace"), LocalizedText.empty());

    @Test
    void theFirstDigestGoesAtOnce() {
        assertTrue(repository.takeDigestTurn(NINE, NINE.minusSeconds(5)));
    }

    @Test
    void somethingNewIsAnnouncedAnHourAfterTheLastDigestNotBefore() {
        repository.takeDigestTurn(NINE, NINE.minusSeconds(5));
        Instant newFlag = NINE.plus(Duration.ofMinutes(10));
        assertFalse(repository.takeDigestTurn(NINE.plus(Duration.ofMinutes(59)), newFlag));
        assertTrue(repository.takeDigestTurn(NINE.plus(Duration.ofMinutes(60)), newFlag));
    }

    @Test
    void whatStillWaitsIsRecalledOnceADay() {
        repository.takeDigestTurn(NINE, NINE.minusSeconds(5));
        Instant sameOldFlag = NINE.minusSeconds(5);
        assertFalse(repository.takeDigestTurn(NINE.plus(Duration.ofHours(2)), sameOldFlag), "nothing new");
        assertFalse(repository.takeDigestTurn(NINE.plus(Duration.ofHours(23)), sameOldFlag));
        assertTrue(repository.takeDigestTurn(NINE.plus(Duration.ofHours(24)), sameOldFlag), "the daily reminder");
        assertFalse(repository.takeDigestTurn(NINE.plus(Duration.ofHours(25)), sameOldFlag), "counted from the reminder");
    }
}
