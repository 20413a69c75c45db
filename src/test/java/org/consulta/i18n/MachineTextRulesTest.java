package org.consulta.i18n;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the machine may write over, what a review makes of its text, and what a reader is shown beside it. */
class MachineTextRulesTest {

    private static final List<String> LANGUAGES = List.of("fr", "es", "en");
    private final LocalizedText french = LocalizedText.original("fr", "Des contrats ouverts");

    @Test
    void theMachineFillsEveryLanguageButTheOriginal() {
        assertEquals(List.of("es", "en"), french.machineGaps(LANGUAGES));
        LocalizedText done = french.withMachine("es", "Des contrats ouverts", "Contratos abiertos");
        assertEquals(List.of("en"), done.machineGaps(LANGUAGES));
        assertEquals(TranslationStatus.MACHINE, done.in("es").orElseThrow().status());
    }

    @Test
    void aPersonsTranslationIsNeverOverwrittenButAnOutdatedMachineOneIsRedone() {
        LocalizedText human = french.withTranslation("es", "Contratos abiertos").withMachine("en", "Des contrats ouverts", "Open contracts");
        assertSame(human, human.withMachine("es", "Des contrats ouverts", "Contratos abiertos (máquina)"));
        LocalizedText reworded = human.withOriginal("fr", "Des marchés publics ouverts");
        assertEquals(List.of("en"), reworded.machineGaps(LANGUAGES), "the human Spanish one is outdated, not redone");
        assertTrue(reworded.in("es").orElseThrow().outdated());
    }

    @Test
    void aTranslationOfAnEarlierWordingIsThrownAway() {
        LocalizedText reworded = french.withOriginal("fr", "Des marchés ouverts");
        assertSame(reworded, reworded.withMachine("es", "Des contrats ouverts", "Contratos abiertos"));
    }

    @Test
    void acceptingOrCorrectingRecordsWhoAndWhen() {
        Instant at = Instant.parse("2026-12-03T10:00:00Z");
        LocalizedText machine = french.withMachine("es", "Des contrats ouverts", "Contratos abiertos")
                .withMachine("en", "Des contrats ouverts", "Open agreements");
        LocalizedText reviewed = machine.reviewed("es", null, 7L, at).reviewed("en", "Open contracts", 8L, at);
        Translation es = reviewed.in("es").orElseThrow();
        assertEquals("Contratos abiertos", es.text());
        assertEquals(TranslationStatus.HUMAN, es.status());
        assertEquals(7L, es.reviewedBy());
        assertEquals(at, es.reviewedAt());
        assertEquals("Open contracts", reviewed.in("en").orElseThrow().text());
        assertEquals(8L, reviewed.in("en").orElseThrow().reviewedBy());
        assertEquals(reviewed, new LocalizedTextConverter().convertToEntityAttribute(new LocalizedTextConverter().convertToDatabaseColumn(reviewed)),
                "who and when survive the database");
    }

    @Test
    void aReaderOfAMachineTextIsGivenItsOriginal() {
        LocalizedText machine = french.withMachine("es", "Des contrats ouverts", "Contratos abiertos");
        ShownText shown = machine.show("es", "fr").orElseThrow();
        assertTrue(shown.isMachine());
        assertEquals("fr", shown.getOriginal().language());
        assertEquals("Des contrats ouverts", shown.getOriginal().text());
        assertEquals(ContentLabel.MACHINE, shown.label("es"));
        assertNull(french.show("fr", "fr").orElseThrow().getOriginal());
        assertFalse(french.withTranslation("es", "Contratos").show("es", "fr").orElseThrow().isMachine());
    }
}
