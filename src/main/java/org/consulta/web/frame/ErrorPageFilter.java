package org.consulta.web.frame;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Error pages are rendered as fresh GET views. Without this, an error during a form post is
 * dispatched with the post's parameters, JSF takes the error page for a postback of it, and
 * PrimeFaces' CSP check refuses it: the visitor would get a blank page instead of the error page.
 */
@WebFilter(filterName = "errorPage", urlPatterns = "/views/errors/*")
public class ErrorPageFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object thrown = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION);
        // the failed page may have sent PrimeFaces' script policy with its own nonce already; a browser
        // applies every policy it gets, so the error page's scripts (another nonce) would be blocked
        if (!response.isCommitted()) {
            response.setHeader("Content-Security-Policy", SecurityHeadersFilter.POLICY);
        }
        if (expired(thrown)) {
            // a stale or forged form is the client's request gone bad, not a fault of the server
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else if (DatabaseAway.explains(thrown)) {
            // the database is restarting: a passing unavailability, and clients and balancers may retry
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(DatabaseAway.RETRY_AFTER_SECONDS));
            request.setAttribute(DatabaseAway.ATTRIBUTE, Boolean.TRUE);
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Collections.emptyMap();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }
        }, response);
    }

    private static boolean expired(Object thrown) {
        for (Throwable t = thrown instanceof Throwable e ? e : null; t != null; t = t.getCause()) {
            if (t instanceof jakarta.faces.application.ViewExpiredException) {
                return true;
            }
        }
        return false;
    }
}
