package org.consulta.repository;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AccentColourTest {

    @Test
    void computesTheWcagRatioAgainstWhite() {
        assertEquals(21.0, AccentColour.contrastWithWhite("#000000"), 0.01);
        assertEquals(1.0, AccentColour.contrastWithWhite("#ffffff"), 0.01);
        assertEquals(4.54, AccentColour.contrastWithWhite("#767676"), 0.01);
    }

    @Test
    void acceptsDarkEnoughColoursAndTheDefault() {
        assertNull(AccentColour.problem("#0b5394"));
        assertNull(AccentColour.problem("#767676"));
        assertNull(AccentColour.problem(null));
    }

    @Test
    void refusesLowContrastAndAnythingButHex() {
        assertEquals("admin_settings.colour_contrast", AccentColour.problem("#777777"));
        assertEquals("admin_settings.colour_contrast", AccentColour.problem("#ffcc00"));
        assertEquals("admin_settings.colour_format", AccentColour.problem("red"));
        assertEquals("admin_settings.colour_format", AccentColour.problem("#000;background:url(x)"));
    }
}
