package org.consulta.web.frame;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * What protects forms from other sites. Every state change is a POST (a postback sent as a query
 * string is refused, whatever its view state), and a POST is accepted only from a page of this
 * platform: the browser's {@code Sec-Fetch-Site}, else its {@code Origin}, else its {@code Referer} must
 * name this site. Clients that send none of them (scripts, old browsers) are let through: they carry no
 * victim's cookie. Signed-in forms also carry a view state bound to the session (server-side state),
 * and the session cookie is {@code SameSite=Lax}. PrimeFaces' CSP nonce is not relied upon for this.
 * A refused request is answered before anything reads or opens a session, so it cannot replace the
 * visitor's session cookie either.
 */
@jakarta.servlet.annotation.WebFilter(filterName = "sameOriginPosts")
public class SameOriginPosts extends HttpFilter {

    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    private String publicAuthority = "";

    @Override
    public void init() {
        setPublicUrl(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("consulta.public.url", String.class).orElse(""));
    }

    /** The authority ({@code host[:port]}) of the configured public address, also accepted as this site. */
    void setPublicUrl(String publicUrl) {
        publicAuthority = authority(publicUrl);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (("GET".equals(method) || "HEAD".equals(method)) && hasViewState(request)) {
            refuse(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if ("POST".equals(method) && !fromThisSite(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    boolean fromThisSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return "same-origin".equals(fetchSite) || "none".equals(fetchSite);
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return isThisSite(request, origin);
        }
        String referer = request.getHeader("Referer");
        return referer == null || isThisSite(request, referer);
    }

    private boolean isThisSite(HttpServletRequest request, String url) {
        String claimed = authority(url);
        String host = request.getHeader("Host");
        return !claimed.isEmpty() && (claimed.equals(publicAuthority)
                || host != null && claimed.equals(withoutDefaultPort(host.toLowerCase(Locale.ROOT), request.getScheme())));
    }

    /** {@code host[:port]} of a URL, lowercased, without the scheme's default port; empty if none ("null"). */
    static String authority(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return "";
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return withoutDefaultPort(uri.getPort() < 0 ? host : host + ":" + uri.getPort(), uri.getScheme());
        } catch (IllegalArgumentException notAUrl) {
            return "";
        }
    }

    private static String withoutDefaultPort(String authority, String scheme) {
        if (authority.endsWith(":80") && "http".equalsIgnoreCase(scheme) || authority.endsWith(":443") && "https".equalsIgnoreCase(scheme)) {
            return authority.substring(0, authority.lastIndexOf(':'));
        }
        return authority;
    }

    /** A GET's parameters are its query string only (decoded): reading them consumes no body. */
    private static boolean hasViewState(HttpServletRequest request) {
        return request.getQueryString() != null && request.getParameter(VIEW_STATE) != null;
    }

    /** The translated error page; it opens no session (visitors' views are transient). */
    private static void refuse(HttpServletResponse response, int status) throws IOException {
        response.sendError(status);
    }
}
