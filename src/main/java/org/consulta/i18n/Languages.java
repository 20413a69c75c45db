package org.consulta.i18n;

import java.util.List;
import java.util.Locale;

/** The interface languages Consulta ships; a repository enables a subset of them. */
public final class Languages {

    /** In the order the language switcher shows them. */
    public static final List<String> SUPPORTED = List.of("fr", "es", "en");

    private Languages() {
    }

    public static boolean isSupported(String code) {
        return code != null && SUPPORTED.contains(code);
    }

    public static Locale locale(String code) {
        return Locale.forLanguageTag(code);
    }
}
