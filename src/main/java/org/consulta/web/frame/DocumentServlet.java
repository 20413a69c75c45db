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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean evidence = "/evidence".equals(request.getServletPath());
        java.util.Optional<RepositoryItem> item = RepositoryItem.parse(request.getPathInfo(), "", repositories);
        if ("/minutes".equals(request.getServletPath())) {
            org.consulta.forum.ForumMeeting meeting = item.map(i -> forums.minutesDocument(i.repository().tenant(), i.id())).orElse(null);
            if (meeting == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            send(response, meeting.getMinutesName(), meeting.getMinutesType(), meeting.getMinutesContent());
            return;
        }
        if (evidence) {
            org.consulta.tracking.ProgressUpdate update = item.map(i -> progress.evidence(i.repository().tenant(), i.id())).orElse(null);
            if (update == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            send(response, update.getEvidenceName(), update.getEvidenceType(), update.getEvidenceContent());
            return;
        }
        PlanDocument document = item.map(i -> documents.download(i.repository().tenant(), i.id())).orElse(null);
        if (document == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(response, document.getFileName(), document.getType(), document.getContent());
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
