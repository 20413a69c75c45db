package org.consulta.web.frame;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.consulta.i18n.Languages;
import org.consulta.i18n.LocaleNegotiator;
import org.consulta.kernel.Tenant;
import org.consulta.repository.Repository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;

/**
 * What the current request is about: its language, its route and, inside a repository, which one.
 * Filled by {@link RouteFilter}; pages the container renders itself (its 404s, error pages) get a
 * language negotiated from the visitor's cookie and browser.
 */
@Named("page")
@RequestScoped
public class CurrentPage {

    public static final String LANGUAGE_COOKIE = "consulta_lang";

    @Inject
    private HttpServletRequest request;
    @Inject
    private CurrentUser user;
    @Inject
    @ConfigProperty(name = "consulta.default.language", defaultValue = "en")
    private String platformDefault;

    private String language;
    private Route route;
    private Repository repository;

    void enter(String language, Route route, Repository repository) {
        this.language = language;
        this.route = route;
        this.repository = repository;
    }

    public String getLanguage() {
        if (language == null) {
            language = LocaleNegotiator.negotiate(null, savedLanguage(), request.getHeader("Accept-Language"),
                    Languages.SUPPORTED, platformDefault);
        }
        return language;
    }

    public Locale getLocale() {
        return Languages.locale(getLanguage());
    }

    /** A signed-in person's language is the one saved on their account; otherwise the cookie's. */
    String savedLanguage() {
        if (user.isSignedIn()) {
            return user.getLanguage();
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    String platformDefault() {
        return platformDefault;
    }

    /** A name the route took from the path ({@code plan}, {@code ref}), or null. */
    public String param(String name) {
        return route == null ? null : route.params().get(name);
    }

    /** The repository's order for content missing in the reader's language. */
    public List<String> fallbackOrder() {
        return repository.fallbackOrder();
    }

    public Repository getRepository() {
        return repository;
    }

    public boolean isInRepository() {
        return repository != null;
    }

    public Tenant tenant() {
        return repository.tenant();
    }

    /** The languages this page exists in, in switcher order. */
    public List<String> getLanguages() {
        return repository != null ? repository.getLanguages() : Languages.SUPPORTED;
    }

    /** The path (below the context root) of this page in {@code otherLanguage}. */
    public String pathIn(String otherLanguage) {
        if (route != null) {
            return route.in(otherLanguage);
        }
        return "/" + otherLanguage + "/";
    }

    /** The URL of this page in {@code otherLanguage} (the home page when the page has no route). */
    public String urlIn(String otherLanguage) {
        return request.getContextPath() + pathIn(otherLanguage);
    }

    /** A path inside the current repository, below the context root, in the page's language. */
    public String repositoryPath(String rest) {
        return "/" + getLanguage() + "/r/" + repository.getSlug() + rest;
    }

    /**
     * The discussion this page shows: the commitment's ({@code plan}, {@code ref} of its path) or, on a
     * progress update's page ({@code update}), that update's.
     */
    public String commitmentDiscussion() {
        String update = param("update");
        return repositoryPath("/plans/" + param("plan") + "/" + param("ref") + (update == null ? "" : "/updates/" + update))
                + "#comments";
    }

    public String getHomeUrl() {
        String base = request.getContextPath() + "/" + getLanguage() + "/";
        return repository != null ? base + "r/" + repository.getSlug() + "/" : base;
    }

    /** The URL the visitor asked for, also on error pages (where the request URI is the error page's). */
    /**
     * Where the upload-too-large page leads back to: the form's path from {@code back}, if it is a path
     * of this site in a language (never another site's address); the home page otherwise.
     */
    public String getBackUrl() {
        String back = Params.get("back");
        return request.getContextPath() + (back != null && back.matches("/[a-z]{2}/[A-Za-z0-9/_.-]{0,300}") && !back.contains("//")
                ? back : "/" + getLanguage() + "/");
    }

    public String getRequestedUrl() {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        return original != null ? original.toString() : request.getRequestURI();
    }

    public List<String> getAllLanguages() {
        return Languages.SUPPORTED;
    }

    public String getPlatformUrl() {
        return request.getContextPath() + "/" + getLanguage() + "/";
    }
}
