package org.consulta.web.frame;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.consulta.comment.ConsultationReport;
import org.consulta.comment.ReportLine;
import org.consulta.i18n.Languages;
import org.consulta.kernel.NotFoundException;
import org.consulta.repository.Repository;
import org.consulta.repository.RepositoryService;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * {@code /reports/{slug}/{id}.csv?lang=fr}: a consultation's contributions with their responses as CSV
 * (UTF-8 with a byte-order mark for spreadsheets, RFC 4180 quoting), written a page at a time so that
 * a large consultation never sits in memory. The reasoning is given in the requested language when it
 * exists, otherwise in its original.
 */
@WebServlet(urlPatterns = "/reports/*")
public class ReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RepositoryService repositories;
    @Inject
    private ConsultationReport report;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RepositoryItem> item = RepositoryItem.parse(request.getPathInfo(), ".csv", repositories);
        if (item.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Repository repository = item.get().repository();
        long id = item.get().id();
        String language = Languages.isSupported(request.getParameter("lang")) ? request.getParameter("lang")
                : repository.getDefaultLanguage();
        List<ReportLine> first;
        try {
            first = report.contributions(repository.tenant(), null, id, 0);
        } catch (NotFoundException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"consultation-" + id + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        out.print("commitment,section,alignment,language,posted_at,author,contribution,response_status,institution,answered_at,reasoning\r\n");
        List<ReportLine> page = first;
        for (int n = 1; !page.isEmpty(); n++) {
            page.forEach(line -> out.print(row(line, language)));
            page = page.size() < ConsultationReport.PAGE_SIZE ? List.of() : report.contributions(repository.tenant(), null, id, n);
        }
    }

    static String row(ReportLine line, String language) {
        var c = line.comment();
        var r = line.response();
        String reasoning = r == null ? "" : r.getReasoning().show(language, List.of()).map(t -> t.text()).orElse("");
        return String.join(",", quote(line.reference()), quote(c.getSectionKey()), quote(c.getAlignment()),
                quote(c.getLanguage()), quote(c.getCreatedAt()), quote(line.authorName()), quote(c.getBody()),
                quote(r == null ? "" : r.getStatus()), quote(r == null ? "" : r.getInstitution()),
                quote(r == null ? "" : r.getAnsweredAt()), quote(reasoning)) + "\r\n";
    }

    static String quote(Object value) {
        return org.consulta.opendata.OpenDataExport.quote(value);
    }
}
