package org.consulta.comment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Participants write plain text: escaped, with their links clickable and nothing else. */
class PlainTextTest {

    @Test
    void linksBecomeClickableAndEverythingElseIsEscaped() {
        assertEquals("Voir <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow ugc noopener noreferrer\">"
                + "https://example.org/a?b=1&amp;c=2</a>.", PlainText.html("Voir https://example.org/a?b=1&c=2."));
        String hostile = PlainText.html("<script>alert(1)</script> \"onmouseover=x\" javascript:alert(1)");
        assertFalse(hostile.contains("<script") || hostile.contains("\"onmouseover") || hostile.contains("href=\"javascript"));
        assertEquals("a<br/>b", PlainText.html("a\r\nb"));
        assertEquals("<a href=\"http://x.org/&quot;onclick=&quot;alert(1\" rel=\"nofollow ugc noopener noreferrer\">"
                + "http://x.org/&quot;onclick=&quot;alert(1</a>)", PlainText.html("http://x.org/\"onclick=\"alert(1)"),
                "a quote cannot close the attribute");
    }
}
