package org.consulta.web.frame;

import org.consulta.i18n.Languages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A public URL understood: {@code /}, {@code /fr/}, {@code /fr/r/demo/}, or a path that is not ours.
 * {@code rest} is the path after the language, so the same page in another language is
 * {@code "/" + lang + rest}.
 */
public record Route(Kind kind, String language, String slug, String rest) {

    public enum Kind {
        /** {@code /}: pick a language and redirect. */
        ROOT,
        /** {@code /fr}: redirect to {@code /fr/}. */
        ADD_SLASH,
        /** {@code /r/demo/}: pick one of the repository's languages and redirect. */
        REPOSITORY_WITHOUT_LANGUAGE,
        PLATFORM_HOME,
        REPOSITORY_HOME,
        /** Under a language prefix but no such page: a 404 in that language. */
        UNKNOWN_PAGE,
        /** Resources, health, API: left to the container. */
        NOT_OURS
    }

    private static final Pattern LANGUAGE = Pattern.compile("^/([a-z]{2})(/.*)?$");
    private static final Pattern REPOSITORY = Pattern.compile("^/r/([^/]+)(/.*)?$");

    public static Route parse(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return new Route(Kind.ROOT, null, null, "/");
        }
        Matcher bare = REPOSITORY.matcher(path);
        if (bare.matches()) {
            return new Route(Kind.REPOSITORY_WITHOUT_LANGUAGE, null, bare.group(1), path);
        }
        Matcher lang = LANGUAGE.matcher(path);
        if (!lang.matches() || !Languages.isSupported(lang.group(1))) {
            return new Route(Kind.NOT_OURS, null, null, path);
        }
        String language = lang.group(1);
        String rest = lang.group(2);
        if (rest == null) {
            return new Route(Kind.ADD_SLASH, language, null, "/");
        }
        if (rest.equals("/")) {
            return new Route(Kind.PLATFORM_HOME, language, null, rest);
        }
        Matcher repo = REPOSITORY.matcher(rest);
        if (repo.matches()) {
            String after = repo.group(2);
            if (after == null) {
                return new Route(Kind.ADD_SLASH, language, repo.group(1), rest + "/");
            }
            Kind kind = after.equals("/") ? Kind.REPOSITORY_HOME : Kind.UNKNOWN_PAGE;
            return new Route(kind, language, repo.group(1), rest);
        }
        return new Route(Kind.UNKNOWN_PAGE, language, null, rest);
    }

    /** This page's path in another language. */
    public String in(String otherLanguage) {
        return "/" + otherLanguage + rest;
    }

    /** The Facelets view that renders this route, or null when there is none. */
    public String view() {
        return switch (kind) {
            case PLATFORM_HOME -> "/views/platform/home.xhtml";
            case REPOSITORY_HOME -> "/views/repository/home.xhtml";
            default -> null;
        };
    }
}
