package org.consulta.web.frame;

import java.util.Map;

/**
 * A public URL understood: {@code /}, {@code /fr/account/login}, {@code /fr/r/demo/}, or a path that
 * is not ours. {@code rest} is the path after the language, so the same page in another language is
 * {@code "/" + lang + rest}. {@link Routes} reads it from the URLs the pages' folders declare.
 */
public record Route(Kind kind, String language, String slug, String rest, String view, Map<String, String> params) {

    public enum Kind {
        /** {@code /}: pick a language and redirect. */
        ROOT,
        /** {@code /fr}: redirect to {@code /fr/}. */
        ADD_SLASH,
        /** {@code /r/demo/}: pick one of the repository's languages and redirect. */
        REPOSITORY_WITHOUT_LANGUAGE,
        PLATFORM_PAGE,
        REPOSITORY_PAGE,
        /** Under a language prefix but no such page: a 404 in that language. */
        UNKNOWN_PAGE,
        /** Resources, health, API: left to the container. */
        NOT_OURS
    }

    /** This page's path in another language. */
    public String in(String otherLanguage) {
        return "/" + otherLanguage + rest;
    }
}
