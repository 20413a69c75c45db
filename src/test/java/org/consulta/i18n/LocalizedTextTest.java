package org.consulta.i18n;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void rewritingTheOriginalMarksTranslationsOutdatedUntilReviewed() {
        LocalizedText edited = text.withOriginal("es", "Contratación abierta de punta a punta");
        assertTrue(edited.in("en").orElseThrow().outdated());
        assertEquals(TranslationStatus.ORIGINAL, edited.in("es").orElseThrow().status());
        assertEquals(edited, text.withOriginal("es", "Contratación abierta de punta a punta")
                .withOriginal("es", "Contratación abierta de punta a punta"), "saving the same wording changes nothing");
        LocalizedText reviewed = edited.withTranslation("en", "End-to-end open contracting");
        assertFalse(reviewed.in("en").orElseThrow().outdated());
        assertEquals(TranslationStatus.HUMAN, reviewed.in("en").orElseThrow().status());
        assertTrue(reviewed.withTranslation("en", " ").in("en").isEmpty(), "blank removes the translation");
        LocalizedTextConverter converter = new LocalizedTextConverter();
        assertEquals(edited, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(edited)));
    }

    @Test
    void theFallbackFollowsTheRepositorysOrderAndTheLabelSaysWhy() {
        LocalizedText spanishOnly = LocalizedText.original("es", "Justicia").with("en", "Justice", TranslationStatus.HUMAN);
        ShownText shown = spanishOnly.show("fr", java.util.List.of("en", "es")).orElseThrow();
        assertEquals("en", shown.language());
        assertEquals(ContentLabel.OTHER_LANGUAGE, shown.label("fr"));
        assertEquals(ContentLabel.NONE, spanishOnly.show("es", java.util.List.of("en")).orElseThrow().label("es"));
    }
}
