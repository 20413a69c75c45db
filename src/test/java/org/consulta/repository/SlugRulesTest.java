package org.consulta.repository;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo", "ar", "buenos-aires", "paris-2025", "ogp-local-42", "a1"})
    void acceptsShortLowercaseAsciiWithSingleHyphens(String slug) {
        assertTrue(SlugRules.isValid(slug));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "Demo", "bogotá", "-demo", "demo-", "de--mo", "de mo", "de_mo", "de/mo",
            "api", "admin", "fr", "r", "health", "a-very-long-slug-that-goes-past-forty-chars"})
    void refusesAnythingElse(String slug) {
        assertFalse(SlugRules.isValid(slug));
    }
}
