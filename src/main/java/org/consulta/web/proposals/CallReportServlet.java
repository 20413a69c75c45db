package org.consulta.web.proposals;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.consulta.commitment.CommitmentListing;
import org.consulta.i18n.Languages;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.Tenant;
import org.consulta.opendata.OpenDataExport;
import org.consulta.proposal.CallCsv;
import org.consulta.proposal.CallReport;
import org.consulta.proposal.CallService;
import org.consulta.proposal.Proposal;
import org.consulta.proposal.ProposalLink;
import org.consulta.proposal.ProposalReader;
import org.consulta.repository.Repository;
import org.consulta.repository.RepositoryService;
import org.consulta.web.frame.RepositoryItem;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /call-reports/{slug}/{id}.csv?lang=fr}: a call's report as CSV (UTF-8 with a byte-order mark for
 * spreadsheets, RFC 4180 quoting); policy areas named and responses given in the requested language.
 */
@WebServlet(urlPatterns = "/call-reports/*")
public class CallReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RepositoryService repositories;
    @Inject
    private CallService calls;
    @Inject
    private CallReport report;
    @Inject
    private ProposalReader reader;
    @Inject
    private CommitmentListing listing;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RepositoryItem> item = RepositoryItem.parse(request.getPathInfo(), ".csv", repositories);
        if (item.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Repository repository = item.get().repository();
        Tenant tenant = repository.tenant();
        long id = item.get().id();
        String language = Languages.isSupported(request.getParameter("lang")) ? request.getParameter("lang")
                : repository.getDefaultLanguage();
        try {
            calls.findCall(tenant, id);
        } catch (NotFoundException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<Proposal> rows = report.rows(tenant, id);
        Map<Long, List<ProposalLink>> links = report.links(tenant, id);
        Map<Long, String> commitments = new HashMap<>();
        listing.byIds(tenant, links.values().stream().flatMap(List::stream).map(ProposalLink::getCommitmentId).distinct().toList())
                .forEach(c -> commitments.put(c.getId(), c.getPlan().getSlug() + "/" + c.getReference()));
        Map<Long, String> authors = reader.authors(tenant, rows);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"call-" + id + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        out.print(String.join(",", CallCsv.COLUMNS) + "\r\n");
        for (Proposal p : rows) {
            out.print(CallCsv.values(p, authors, links.get(p.getId()), commitments,
                            area -> area.getName().show(language, repository.getLanguages()).map(t -> t.text()).orElse(""), language)
                    .stream().map(OpenDataExport::quote).collect(Collectors.joining(",")) + "\r\n");
        }
    }
}
