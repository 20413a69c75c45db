package org.consulta.kernel;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RichTextTest {

    @Test
    void keepsFormattingListsAndSafeLinks() {
        String clean = RichText.sanitize("<p>Un <strong>engagement</strong> <em>clair</em></p><ul><li>a</li></ul>"
                + "<a href=\"https://example.org/plan\">plan</a>");
        assertTrue(clean.contains("<strong>engagement</strong>") && clean.contains("<li>a</li>"), clean);
        assertTrue(clean.contains("href=\"https://example.org/plan\"") && clean.contains("noopener"), clean);
    }

    @Test
    void removesEverythingThatRuns() {
        String clean = RichText.sanitize("<script>alert(1)</script><img src=x onerror=alert(2)>"
                + "<a href=\"javascript:alert(3)\" onclick=\"alert(4)\">x</a><iframe src=\"https://evil\"></iframe>"
                + "<p style=\"background:url(javascript:alert(5))\">p</p>");
        for (String dangerous : new String[]{"script", "onerror", "javascript:", "onclick", "iframe", "style"}) {
            assertFalse(clean.contains(dangerous), dangerous + " survived in " + clean);
        }
        assertEquals("", RichText.sanitize(null));
    }
}
