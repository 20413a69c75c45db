package org.consulta.web.frame;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.consulta.plan.PlanDocument;
import org.consulta.plan.PlanDocumentService;
import org.consulta.tenant.RepositoryService;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves {@code /documents/{slug}/{id}}: always as a download (never rendered in our origin), with the
 * type the content was recognised as, a cleaned file name, and a sandbox should it be opened anyway.
 */
@WebServlet(urlPatterns = "/documents/*")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RepositoryService repositories;
    @Inject
    private PlanDocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PlanDocument document = RepositoryItem.parse(request.getPathInfo(), "", repositories)
                .map(item -> documents.download(item.repository().tenant(), item.id())).orElse(null);
        if (document == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = document.getFileName();
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        response.setContentType(document.getType().mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(document.getContent().length);
        response.getOutputStream().write(document.getContent());
    }
}
