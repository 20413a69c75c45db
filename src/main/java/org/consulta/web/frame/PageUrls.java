package org.consulta.web.frame;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** {@code #{urls.…}}: the links of the current page: itself in another language, its repository's home, back. */
@Named("urls")
@RequestScoped
public class PageUrls {

    @Inject
    private HttpServletRequest request;
    @Inject
    private CurrentPage page;

    /** The path (below the context root) of this page in {@code otherLanguage}. */
    public String pathIn(String otherLanguage) {
        if (page.route() != null) {
            return page.route().in(otherLanguage) + query();
        }
        return "/" + otherLanguage + "/";
    }

    /**
     * The query of the address the visitor sees ("?q=contrat&amp;page=2"), so that switching language keeps
     * the search, the filters and the page; on a postback too, since forms post back to that address.
     */
    private String query() {
        Object shown = request.getAttribute(RouteFilter.ACTION_PATH);
        String path = shown == null ? "" : shown.toString();
        int mark = path.indexOf('?');
        return mark < 0 ? "" : path.substring(mark);
    }

    /** The URL of this page in {@code otherLanguage} (the home page when the page has no route). */
    public String urlIn(String otherLanguage) {
        return request.getContextPath() + pathIn(otherLanguage);
    }

    /** A path inside the current repository, below the context root, in the page's language. */
    public String repositoryPath(String rest) {
        return "/" + page.getLanguage() + "/r/" + page.getRepository().getSlug() + rest;
    }

    /**
     * The discussion this page shows: the commitment's ({@code plan}, {@code ref} of its path) or, on a
     * progress update's page ({@code update}), that update's.
     */
    public String commitmentDiscussion() {
        String update = page.param("update");
        return repositoryPath("/plans/" + page.param("plan") + "/" + page.param("ref") + (update == null ? "" : "/updates/" + update))
                + "#comments";
    }

    public String getHomeUrl() {
        String base = request.getContextPath() + "/" + page.getLanguage() + "/";
        return page.isInRepository() ? base + "r/" + page.getRepository().getSlug() + "/" : base;
    }

    /**
     * Where the upload-too-large page leads back to: the form's path from {@code back}, if it is a path
     * of this site in a language (never another site's address); the home page otherwise.
     */
    public String getBackUrl() {
        String back = Params.get("back");
        return request.getContextPath() + (back != null && back.matches("/[a-z]{2}/[A-Za-z0-9/_.-]{0,300}") && !back.contains("//")
                ? back : "/" + page.getLanguage() + "/");
    }

    /** The URL the visitor asked for, also on error pages (where the request URI is the error page's). */
    public String getRequestedUrl() {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        return original != null ? original.toString() : request.getRequestURI();
    }

    public String getPlatformUrl() {
        return request.getContextPath() + "/" + page.getLanguage() + "/";
    }
}
