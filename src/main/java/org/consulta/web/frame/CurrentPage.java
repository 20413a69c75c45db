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
 * Links built from it are {@link PageUrls}'; what the visitor may do there, {@link Can}.
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

    /** The route this request matched, or null on pages the container renders itself. */
    Route route() {
        return route;
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

    public List<String> getAllLanguages() {
        return Languages.SUPPORTED;
    }
}
