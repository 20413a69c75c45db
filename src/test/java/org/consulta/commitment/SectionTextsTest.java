package org.consulta.commitment;

import org.consulta.i18n.ContentLabel;
import org.consulta.i18n.ShownText;
import org.consulta.i18n.TranslationStatus;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which text a reader gets for a section, and what the page must tell them about it. */
class SectionTextsTest {

    private static final Section PROBLEM = new Section("k1", "PROBLEM", 0, "Les contrats sont opaques.");
    private static final CommitmentText FRENCH = new CommitmentText("fr", List.of(PROBLEM), List.of(), "");

    @Test
    void theOriginalLanguageReadsTheOriginal() {
        ShownText shown = new SectionTexts(FRENCH, List.of()).show(PROBLEM, "fr", List.of("es", "fr"));
        assertEquals("Les contrats sont opaques.", shown.text());
        assertEquals(ContentLabel.NONE, shown.label("fr"));
    }

    @Test
    void aMissingLanguageFollowsTheRepositorysOrderAndSaysSo() {
        SectionTranslation spanish = translation("es", PROBLEM.text(), "Los contratos son opacos.", TranslationStatus.HUMAN);
        ShownText shown = new SectionTexts(FRENCH, List.of(spanish)).show(PROBLEM, "en", List.of("es", "fr"));
        assertEquals("es", shown.language(), "Spanish comes before French in this repository's order");
        assertEquals(ContentLabel.OTHER_LANGUAGE, shown.label("en"));

        ShownText noSpanish = new SectionTexts(FRENCH, List.of()).show(PROBLEM, "en", List.of("es", "fr"));
        assertEquals("fr", noSpanish.language(), "then the next language that has it");
    }

    @Test
    void aTranslationOfAnEarlierWordingIsShownButMarkedOutdated() {
        SectionTranslation old = translation("en", "Les contrats étaient opaques.", "Contracts were opaque.", TranslationStatus.HUMAN);
        ShownText shown = new SectionTexts(FRENCH, List.of(old)).show(PROBLEM, "en", List.of("fr"));
        assertEquals("Contracts were opaque.", shown.text());
        assertTrue(shown.outdated());
        assertEquals(ContentLabel.OUTDATED, shown.label("en"));
    }

    @Test
    void theTranslationOfThisWordingWinsOverOlderOnes() {
        SectionTranslation old = translation("en", "Les contrats étaient opaques.", "Contracts were opaque.", TranslationStatus.HUMAN);
        SectionTranslation current = translation("en", PROBLEM.text(), "Contracts are opaque.", TranslationStatus.MACHINE);
        ShownText shown = new SectionTexts(FRENCH, List.of(old, current)).show(PROBLEM, "en", List.of("fr"));
        assertEquals("Contracts are opaque.", shown.text());
        assertFalse(shown.outdated());
        assertEquals(ContentLabel.MACHINE, shown.label("en"), "machine-made until a person reviews it");
    }

    private static SectionTranslation translation(String language, String source, String text, TranslationStatus status) {
        SectionTranslation t = new SectionTranslation(1L, PROBLEM.key(), language, source);
        t.replace(text, status, null);
        try {
            Field created = org.consulta.kernel.BaseEntity.class.getDeclaredField("createdAt");
            created.setAccessible(true);
            created.set(t, Instant.now());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return t;
    }
}
