package org.consulta.i18n;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The moderation and forum messages with counts render in each language with the numbers the code passes. */
class ModerationMessagesTest {

    private final MessageCatalog catalog = new MessageCatalog();

    @Test
    void theModeratorsDigestCountsInEachLanguage() {
        assertTrue(catalog.format("fr", "mail_moderation_digest.body", "Martin", "Valle Claro", 1L, 3L, 0L, 5L, "https://x")
                .contains("1 contribution attend une approbation, 3 éléments sont signalés et 0 recours attend"));
        assertTrue(catalog.format("es", "mail_moderation_digest.body", "Ana", "Valle Claro", 2L, 1L, 1L, 0L, "https://x")
                .contains("menos de una hora"));
        assertTrue(catalog.format("en", "mail_moderation_digest.body", "Sam", "Valle Claro", 0L, 1L, 2L, 1L, "https://x")
                .contains("the oldest has waited 1 hour".replace("the", "The")));
    }

    @Test
    void theTimelineAndQueueCountsNeedNumbers() {
        assertTrue(catalog.format("en", "commitments_timeline.RESPONSES", 12L).equals("12 contributions answered"));
        assertTrue(catalog.format("fr", "moderation_queue.waiting", 0L, 1L, 2L, 3L).contains("1 élément signalé"));
        assertTrue(catalog.format("es", "forum_ballot.place_value", 2, 3).equals("2 (empate)"));
    }
}
