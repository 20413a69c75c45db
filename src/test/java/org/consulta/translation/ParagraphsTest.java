package org.consulta.translation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParagraphsTest {

    @Test
    void eachParagraphIsTranslatedAloneAndTheLayoutKept() {
        String text = "Premier paragraphe.\n\n  Deuxième, indenté.\nTroisième.\n";
        String out = Paragraphs.map(text, "fr", "es", (p, from, to) -> "[" + from + ">" + to + ":" + p + "]");
        assertEquals("[fr>es:Premier paragraphe.]\n\n  [fr>es:Deuxième, indenté.]\n[fr>es:Troisième.]\n", out);
    }

    @Test
    void blankTextStaysBlank() {
        assertEquals("\n \n", Paragraphs.map("\n \n", "fr", "es", (p, f, t) -> "x"));
    }
}
