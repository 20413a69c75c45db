package org.consulta.i18n;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Plurals and numbers follow CLDR through ICU, and a language never borrows another's text. */
class MessageCatalogTest {

    private final MessageCatalog catalog = new MessageCatalog();

    @Test
    void frenchCountsZeroAndOneAsSingular() {
        assertEquals("0 contribution", catalog.format("fr", "moderation_queue.caption", 0));
        assertEquals("1 contribution", catalog.format("fr", "moderation_queue.caption", 1));
        assertEquals("2 contributions", catalog.format("fr", "moderation_queue.caption", 2));
    }

    @Test
    void englishAndSpanishCountZeroAsPlural() {
        assertEquals("0 contributions", catalog.format("en", "moderation_queue.caption", 0));
        assertEquals("1 contribution", catalog.format("en", "moderation_queue.caption", 1));
        assertEquals("0 contribuciones", catalog.format("es", "moderation_queue.caption", 0));
        assertEquals("1 contribución", catalog.format("es", "moderation_queue.caption", 1));
    }

    @Test
    void numbersAreGroupedTheLocalWay() {
        // French groups with a narrow no-break space, English with a comma, Spanish with a dot.
        assertEquals("15\u202f000 contributions", catalog.format("fr", "moderation_queue.caption", 15000));
        assertEquals("15,000 contributions", catalog.format("en", "moderation_queue.caption", 15000));
        assertEquals("15.000 contribuciones", catalog.format("es", "moderation_queue.caption", 15000));
    }

    @Test
    void aMissingKeyIsVisibleInsteadOfBorrowedFromAnotherLanguage() {
        assertEquals("???no.such.key???", catalog.format("fr", "no.such.key"));
        assertFalse(catalog.has("fr", "no.such.key"));
    }

    @Test
    void eachLanguageReadsItsOwnFile() {
        assertEquals("Aller au contenu", catalog.format("fr", "frame.skip_to_content"));
        assertEquals("Ir al contenido", catalog.format("es", "frame.skip_to_content"));
        assertEquals("Skip to content", catalog.format("en", "frame.skip_to_content"));
    }
}
