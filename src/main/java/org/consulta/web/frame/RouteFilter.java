package org.consulta.web.frame;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.consulta.i18n.Languages;
import org.consulta.i18n.LocaleNegotiator;
import org.consulta.repository.Repository;
import org.consulta.repository.RepositoryService;

import java.io.IOException;
import java.util.Optional;

/**
 * Maps public URLs onto views. The language and repository come from the path, are checked here
 * (unknown repository: 404), and the request is forwarded to the view; JSF forms post back to the
 * same public URL (see {@link RoutingViewHandler}). Views are never served under their own path.
 */
@WebFilter(filterName = "route", urlPatterns = "/*")
public class RouteFilter extends HttpFilter {

    static final String ACTION_PATH = "consulta.actionPath";
    private static final String PASSWORD_PAGE = "/account/password";
    private static final int ONE_YEAR = 365 * 24 * 3600;
    /**
     * web.xml's {@code max-file-size}: a larger upload is refused here with a page in the visitor's language
     * (the forms themselves take 10 MB and say so), before the container would refuse it with its own.
     */
    static final long MAX_REQUEST = 52_428_800L;
    /** How much of a refused upload is read and dropped so the browser gets the answer, not a reset connection. */
    private static final long MAX_DRAINED = 256L * 1024 * 1024;

    @Inject
    private RepositoryService repositories;
    @Inject
    private CurrentPage page;
    @Inject
    private CurrentUser user;
    @Inject
    private PageCache pageCache;
    private Routes routes;

    @Override
    public void init() {
        routes = Routes.of(getServletContext());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isViewFile(request) || path.startsWith("/views/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Route route = routes.parse(path);
        switch (route.kind()) {
            case NOT_OURS -> chain.doFilter(request, response);
            case ROOT -> redirect(request, response, "/" + page.getLanguage() + "/");
            case ADD_SLASH -> redirect(request, response, "/" + route.language() + route.rest());
            case REPOSITORY_WITHOUT_LANGUAGE -> withRepository(route, request, response, repo ->
                    redirect(request, response, "/" + negotiate(request, null, repo) + route.rest()));
            case PLATFORM_PAGE -> show(route, null, request, response);
            case REPOSITORY_PAGE -> withRepository(route, request, response, repo -> {
                if (repo.getLanguages().contains(route.language())) {
                    show(route, repo, request, response);
                } else {
                    redirect(request, response, route.in(negotiate(request, route.language(), repo)));
                }
            });
            case UNKNOWN_PAGE -> {
                page.enter(route.language(), route, null);
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }

    private void show(Route route, Repository repo, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (user.isMustChangePassword() && !route.rest().equals(PASSWORD_PAGE)) {
            // a password someone else has seen opens nothing but the page that replaces it
            redirect(request, response, "/" + route.language() + PASSWORD_PAGE);
            return;
        }
        page.enter(route.language(), route, repo);
        if (tooLarge(request)) {
            // answered with a page of its own, reached by GET: rendering any page during this post would
            // make the container parse the oversized body
            drain(request);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/" + route.language() + "/upload-too-large?back="
                    + java.net.URLEncoder.encode(request.getRequestURI().substring(request.getContextPath().length()),
                    java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        rememberLanguage(route.language(), request, response);
        // forms post back to the URL the visitor sees, query included (a mailed link's token stays)
        String query = request.getQueryString();
        request.setAttribute(ACTION_PATH, request.getRequestURI().substring(request.getContextPath().length())
                + (query == null ? "" : "?" + query));
        if (user.isSignedIn()) {
            // a signed-in page is one person's: no browser or proxy keeps it (settings, outbox, queues)
            response.setHeader("Cache-Control", "no-store");
            request.getRequestDispatcher(route.view()).forward(request, response);
        } else {
            pageCache.forward(request, response, route.view());
        }
    }

    /**
     * Whether the request names a view file itself, however written ({@code //views/…}, {@code /%2e/%76iews/…},
     * {@code /views;x/…}): the container's decoded and normalised path says so, the raw URI does not. Views
     * are reached only through their routes, where sign-in, one-time passwords and repositories are checked.
     */
    static boolean isViewFile(HttpServletRequest request) {
        String normalised = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return normalised.startsWith("/views/") || normalised.startsWith("/WEB-INF/")
                || normalised.endsWith(".xhtml") && !normalised.startsWith("/jakarta.faces.resource/");
    }

    private static boolean tooLarge(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null && type.startsWith("multipart/")
                && request.getContentLengthLong() > MAX_REQUEST;
    }

    private static void drain(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() <= MAX_DRAINED) {
            request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private void withRepository(Route route, HttpServletRequest request, HttpServletResponse response,
                                RepositoryAction action) throws IOException, ServletException {
        Optional<Repository> repo = repositories.findActive(route.slug());
        if (repo.isEmpty()) {
            page.enter(route.language() != null ? route.language() : page.getLanguage(), route, null);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        action.run(repo.get());
    }

    private String negotiate(HttpServletRequest request, String urlLanguage, Repository repo) {
        return LocaleNegotiator.negotiate(urlLanguage, page.savedLanguage(), request.getHeader("Accept-Language"),
                repo.getLanguages(), repo.getDefaultLanguage());
    }

    /** A language the visitor chose in the URL becomes their saved choice for URLs without one. */
    private void rememberLanguage(String language, HttpServletRequest request, HttpServletResponse response) {
        if (Languages.isSupported(language) && !language.equals(page.savedLanguage())) {
            Cookie cookie = new Cookie(CurrentPage.LANGUAGE_COOKIE, language);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(SecureTransport.isHttps(request));
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) {
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + path + (query == null ? "" : "?" + query));
    }

    @FunctionalInterface
    private interface RepositoryAction {
        void run(Repository repository) throws IOException, ServletException;
    }
}
