package org.consulta.web.frame;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.consulta.plan.PlanDocumentService;
import org.consulta.repository.RepositoryService;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves {@code /documents/{slug}/{id}} (plan documents), {@code /evidence/{slug}/{id}} (evidence of a
 * progress update) and {@code /minutes/{slug}/{id}} (a forum meeting's minutes): always as a download (never rendered in our origin), with the
 * type the content was recognised as, a cleaned file name, and a sandbox should it be opened anyway.
 */
@WebServlet(urlPatterns = {"/documents/*", "/evidence/*", "/minutes/*"})
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RepositoryService repositories;
    @Inject
    private PlanDocumentService documents;
    @Inject
    private org.consulta.tracking.ProgressReader progress;
    @Inject
    private org.consulta.forum.ForumService forums;

    /** What is downloaded, whichever table it comes from. */
    private record Download(String name, org.consulta.plan.DocumentType type, byte[] content) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        java.util.Optional<Download> found = RepositoryItem.parse(request.getPathInfo(), "", repositories)
                .flatMap(item -> find(request.getServletPath(), item.repository().tenant(), item.id()));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(response, found.get().name(), found.get().type(), found.get().content());
    }

    private java.util.Optional<Download> find(String kind, org.consulta.kernel.Tenant tenant, long id) {
        return switch (kind) {
            case "/evidence" -> java.util.Optional.ofNullable(progress.evidence(tenant, id))
                    .map(u -> new Download(u.getEvidenceName(), u.getEvidenceType(), u.getEvidenceContent()));
            case "/minutes" -> java.util.Optional.ofNullable(forums.minutesDocument(tenant, id))
                    .map(m -> new Download(m.getMinutesName(), m.getMinutesType(), m.getMinutesContent()));
            default -> java.util.Optional.ofNullable(documents.download(tenant, id))
                    .map(d -> new Download(d.getFileName(), d.getType(), d.getContent()));
        };
    }

    private static void send(HttpServletResponse response, String name, org.consulta.plan.DocumentType type, byte[] content)
            throws IOException {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        response.setContentType(type.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
