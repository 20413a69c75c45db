package org.consulta.web.frame;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.consulta.repository.RepositoryLogo;
import org.consulta.repository.RepositoryService;

import java.io.IOException;
import java.util.Optional;

/**
 * Serves {@code /logos/{slug}} with the type the content was checked as, and headers that keep a
 * browser from running anything in it even if opened on its own.
 */
@WebServlet(urlPatterns = "/logos/*")
public class LogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RepositoryService repositories;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<RepositoryLogo> logo = slug.isEmpty() ? Optional.empty() : repositories.findLogo(slug);
        if (logo.isEmpty() || logo.get() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(logo.get().getMediaType());
        response.setHeader("Content-Disposition", "inline; filename=\"logo\"");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(logo.get().getContent().length);
        response.getOutputStream().write(logo.get().getContent());
    }
}
