package org.consulta.web.frame;

import org.consulta.i18n.Languages;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A public URL understood: {@code /}, {@code /fr/account/login}, {@code /fr/r/demo/}, or a path that
 * is not ours. {@code rest} is the path after the language, so the same page in another language is
 * {@code "/" + lang + rest}. The two tables below are the whole public URL space.
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

    private static final Map<String, String> PLATFORM_PAGES = Map.ofEntries(
            Map.entry("/", "/views/platform/home.xhtml"),
            Map.entry("/account/register", "/views/account/register.xhtml"),
            Map.entry("/account/confirm", "/views/account/confirm.xhtml"),
            Map.entry("/account/login", "/views/account/login.xhtml"),
            Map.entry("/account/password", "/views/account/password.xhtml"),
            Map.entry("/account/reset", "/views/account/reset.xhtml"),
            Map.entry("/account/settings", "/views/account/settings.xhtml"),
            Map.entry("/account/email", "/views/account/email.xhtml"),
            Map.entry("/admin/outbox", "/views/admin/outbox.xhtml"),
            Map.entry("/admin/repositories", "/views/admin/repositories.xhtml"),
            Map.entry("/upload-too-large", "/views/errors/too-large.xhtml"));

    private static final Map<String, String> REPOSITORY_PAGES = Map.ofEntries(
            Map.entry("/", "/views/repository/home.xhtml"),
            Map.entry("/search", "/views/repository/search.xhtml"),
            Map.entry("/unsubscribe", "/views/repository/unsubscribe.xhtml"),
            Map.entry("/transparency", "/views/repository/transparency.xhtml"),
            Map.entry("/forum", "/views/forum/show.xhtml"),
            Map.entry("/ogp", "/views/repository/ogp.xhtml"),
            Map.entry("/admin/forum", "/views/admin/forum.xhtml"),
            Map.entry("/moderation", "/views/moderation/queue.xhtml"),
            Map.entry("/moderation/appeals", "/views/moderation/appeals.xhtml"),
            Map.entry("/moderation/accounts", "/views/moderation/accounts.xhtml"),
            Map.entry("/admin/plans", "/views/admin/plans.xhtml"),
            Map.entry("/admin/policy-areas", "/views/admin/policy-areas.xhtml"),
            Map.entry("/admin/translations", "/views/admin/translations.xhtml"),
            Map.entry("/admin/responses", "/views/admin/responses.xhtml"),
            Map.entry("/admin/", "/views/admin/settings.xhtml"),
            Map.entry("/admin/audit", "/views/admin/audit.xhtml"),
            Map.entry("/admin/members", "/views/admin/members.xhtml"));

    /** Repository pages whose path carries names: a plan's slug, a commitment's reference. */
    private static final Map<Pattern, String> REPOSITORY_PATTERNS = new java.util.LinkedHashMap<>();

    static {
        String plan = "/plans/(?<plan>[a-z0-9-]{1,40})";
        String commitment = plan + "/(?<ref>C[0-9]{1,4})";
        REPOSITORY_PATTERNS.put(Pattern.compile("^" + plan + "/$"), "/views/plans/show.xhtml");
        REPOSITORY_PATTERNS.put(Pattern.compile("^" + plan + "/edit$"), "/views/plans/edit.xhtml");
        REPOSITORY_PATTERNS.put(Pattern.compile("^" + plan + "/new$"), "/views/commitments/edit.xhtml");
        REPOSITORY_PATTERNS.put(Pattern.compile("^" + plan + "/consult$"), "/views/consultations/new.xhtml");
        REPOSITORY_PATTERNS.put(Pattern.compile("^" + commitment + "$"), "/views/commitments/show.xhtml");
        REPOSITORY_PATTERNS.put(Pattern.compile("^" + commitment + "/compare$"), "/views/commitments/compare.xhtml");
        REPOSITORY_PATTERNS.put(Pattern.compile("^" + commitment + "/edit$"), "/views/commitments/edit.xhtml");
        REPOSITORY_PATTERNS.put(Pattern.compile("^" + commitment + "/translate$"), "/views/commitments/translate.xhtml");
        REPOSITORY_PATTERNS.put(Pattern.compile("^" + commitment + "/updates/(?<update>[0-9]{1,18})$"), "/views/commitments/update.xhtml");
        REPOSITORY_PATTERNS.put(Pattern.compile("^/consultations/(?<id>[0-9]{1,18})$"), "/views/consultations/show.xhtml");
        REPOSITORY_PATTERNS.put(Pattern.compile("^/forum/ballots/(?<id>[0-9]{1,18})$"), "/views/forum/ballot.xhtml");
    }

    private static final Pattern LANGUAGE = Pattern.compile("^/([a-z]{2})(/.*)?$");
    private static final Pattern REPOSITORY = Pattern.compile("^/r/([^/]+)(/.*)?$");

    public static Route parse(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return new Route(Kind.ROOT, null, null, "/", null, Map.of());
        }
        Matcher bare = REPOSITORY.matcher(path);
        if (bare.matches()) {
            return new Route(Kind.REPOSITORY_WITHOUT_LANGUAGE, null, bare.group(1), path, null, Map.of());
        }
        Matcher lang = LANGUAGE.matcher(path);
        if (!lang.matches() || !Languages.isSupported(lang.group(1))) {
            return new Route(Kind.NOT_OURS, null, null, path, null, Map.of());
        }
        String language = lang.group(1);
        String rest = lang.group(2);
        if (rest == null) {
            return new Route(Kind.ADD_SLASH, language, null, "/", null, Map.of());
        }
        Matcher repo = REPOSITORY.matcher(rest);
        if (repo.matches()) {
            String inside = repo.group(2);
            if (inside == null) {
                return new Route(Kind.ADD_SLASH, language, repo.group(1), rest + "/", null, Map.of());
            }
            String view = REPOSITORY_PAGES.get(inside);
            if (view == null) {
                for (Map.Entry<Pattern, String> e : REPOSITORY_PATTERNS.entrySet()) {
                    Matcher named = e.getKey().matcher(inside);
                    if (named.matches()) {
                        Map<String, String> params = new java.util.HashMap<>();
                        for (String name : List.of("plan", "ref", "id", "update")) {
                            if (e.getKey().pattern().contains("?<" + name + ">")) {
                                params.put(name, named.group(name));
                            }
                        }
                        return new Route(Kind.REPOSITORY_PAGE, language, repo.group(1), rest, e.getValue(), Map.copyOf(params));
                    }
                }
            }
            return page(Kind.REPOSITORY_PAGE, language, repo.group(1), rest, view);
        }
        return page(Kind.PLATFORM_PAGE, language, null, rest, PLATFORM_PAGES.get(rest));
    }

    private static Route page(Kind kind, String language, String slug, String rest, String view) {
        return new Route(view == null ? Kind.UNKNOWN_PAGE : kind, language, slug, rest, view, Map.of());
    }

    /** This page's path in another language. */
    public String in(String otherLanguage) {
        return "/" + otherLanguage + rest;
    }
}
