package org.consulta.repository;

import java.util.regex.Pattern;

/**
 * A repository's accent colour, the background of its page header under white text. Only
 * {@code #rrggbb} is accepted (it is written into a style attribute), and only colours that give
 * white text the WCAG 2.1 AA contrast of 4.5:1.
 */
public final class AccentColour {

    public static final double MINIMUM_CONTRAST = 4.5;
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private AccentColour() {
    }

    /** The key of the reason the colour is refused, or null when it is fine (null colour: the default). */
    public static String problem(String colour) {
        if (colour == null) {
            return null;
        }
        if (!HEX.matcher(colour).matches()) {
            return "admin_settings.colour_format";
        }
        return contrastWithWhite(colour) < MINIMUM_CONTRAST ? "admin_settings.colour_contrast" : null;
    }

    /** WCAG 2.1 contrast ratio between white and {@code #rrggbb}. */
    public static double contrastWithWhite(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
