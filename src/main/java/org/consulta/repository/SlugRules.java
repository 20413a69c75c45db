package org.consulta.repository;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a repository slug may be. Slugs appear in every public URL ({@code /fr/r/SLUG/}) and are
 * permanent, so they are lowercase ASCII, short, and never a word the platform routes itself.
 */
public final class SlugRules {

    public static final int MIN = 2;
    public static final int MAX = 40;
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]");
    private static final Set<String> RESERVED = Set.of(
            "admin", "api", "health", "metrics", "openapi", "static", "assets", "login", "logout",
            "account", "fr", "es", "en", "r", "views", "jakarta.faces.resource");

    private SlugRules() {
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() >= MIN && slug.length() <= MAX
                && SHAPE.matcher(slug).matches() && !RESERVED.contains(slug);
    }
}
