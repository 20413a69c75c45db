package org.consulta.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The order: URL, saved choice, Accept-Language, default; only offered languages come out. */
class LocaleNegotiatorTest {

    private static final List<String> ALL = List.of("fr", "es", "en");

    @Test
    void theUrlWinsOverEverythingElse() {
        assertEquals("es", LocaleNegotiator.negotiate("es", "fr", "en-GB,en;q=0.9", ALL, "fr"));
    }

    @Test
    void theSavedChoiceWinsOverTheBrowser() {
        assertEquals("fr", LocaleNegotiator.negotiate(null, "fr", "es-AR,es;q=0.9", ALL, "en"));
    }

    @Test
    void theBrowserWinsOverTheDefaultAndRegionsAreIgnored() {
        assertEquals("es", LocaleNegotiator.negotiate(null, null, "de-DE,es-MX;q=0.8,en;q=0.5", ALL, "en"));
    }

    @Test
    void theDefaultComesLast() {
        assertEquals("fr", LocaleNegotiator.negotiate(null, null, "de-DE,it;q=0.8", ALL, "fr"));
        assertEquals("fr", LocaleNegotiator.negotiate(null, null, null, ALL, "fr"));
    }

    @Test
    void languagesTheRepositoryDoesNotOfferAreSkippedAtEveryStep() {
        List<String> frenchAndSpanish = List.of("fr", "es");
        assertEquals("es", LocaleNegotiator.negotiate("en", "en", "en,es;q=0.5", frenchAndSpanish, "fr"));
        assertEquals("fr", LocaleNegotiator.negotiate("xx", "en", "en", frenchAndSpanish, "fr"));
    }

    @Test
    void aMalformedHeaderFallsBackToTheDefault() {
        assertEquals("en", LocaleNegotiator.negotiate(null, null, ";;;q=abc", ALL, "en"));
    }

    @Test
    void aRefusedLanguageIsNotChosen() {
        assertEquals("en", LocaleNegotiator.negotiate(null, null, "fr;q=0,en;q=0.5", ALL, "es"));
    }
}
