package org.consulta.web.frame;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers Payara has no switch for. Script sources are governed by PrimeFaces' nonce-based CSP
 * ({@code primefaces.CSP}); this policy adds what PrimeFaces does not: no framing, no plugins.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    /** The policy beside PrimeFaces' script policy; an error page starts again from it alone ({@link ErrorPageFilter}). */
    static final String POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response.containsHeader("X-Content-Type-Options")) {
            chain.doFilter(request, response); // an error page of a request that has them already
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.addHeader("Content-Security-Policy", POLICY);
        if (SecureTransport.isHttps(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
