package org.consulta.i18n;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalizedTextTest {

    private final LocalizedText text = LocalizedText.original("es", "Contratación abierta")
            .with("en", "Open contracting", TranslationStatus.MACHINE);

    @Test
    void showsTheReadersLanguageWithItsStatus() {
        ShownText shown = text.show("en", "es").orElseThrow();
        assertEquals("Open contracting", shown.text());
        assertTrue(shown.isMachine());
    }

    @Test
    void aMissingLanguageFallsBackToTheRepositoryDefaultAndSaysSo() {
        ShownText shown = text.show("fr", "es").orElseThrow();
        assertEquals("es", shown.language());
        assertEquals(TranslationStatus.ORIGINAL, shown.status());
    }

    @Test
    void withoutTheDefaultTheOriginalIsShown() {
        ShownText shown = text.show("fr", "fr").orElseThrow();
        assertEquals("Contratación abierta", shown.text());
    }

    @Test
    void anEmptyTextShowsNothing() {
        assertTrue(LocalizedText.empty().show("fr", "es").isEmpty());
    }

    @Test
    void storageKeepsEveryLanguageAndStatus() {
        LocalizedTextConverter converter = new LocalizedTextConverter();
        LocalizedText tricky = text.with("fr", "« Commande » \"publique\" \\ é\n", TranslationStatus.HUMAN);
        assertEquals(tricky, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(tricky)));
        assertEquals(LocalizedText.empty(), converter.convertToEntityAttribute(null));
    }
}
