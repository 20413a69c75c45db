package org.consulta.i18n;

import java.util.List;
import java.util.Locale;

/**
 * Picks the language of a page. The order is fixed by the product: an explicit language in the URL,
 * then the visitor's saved choice, then the browser's {@code Accept-Language}, then the default of
 * the repository (or of the platform). Only languages in {@code available} are ever returned.
 */
public final class LocaleNegotiator {

    private LocaleNegotiator() {
    }

    public static String negotiate(String urlLanguage, String savedLanguage, String acceptLanguage,
                                   List<String> available, String defaultLanguage) {
        if (offered(urlLanguage, available)) {
            return urlLanguage;
        }
        if (offered(savedLanguage, available)) {
            return savedLanguage;
        }
        String fromHeader = fromAcceptLanguage(acceptLanguage, available);
        if (fromHeader != null) {
            return fromHeader;
        }
        return offered(defaultLanguage, available) ? defaultLanguage : available.get(0);
    }

    /** Null-safe: immutable lists refuse {@code contains(null)}. */
    private static boolean offered(String language, List<String> available) {
        return language != null && available.contains(language);
    }

    private static String fromAcceptLanguage(String header, List<String> available) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            for (Locale.LanguageRange range : ranges) {
                String primary = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && available.contains(primary)) {
                    return primary;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a broken header is the client's problem; fall through to the default
        }
        return null;
    }
}
