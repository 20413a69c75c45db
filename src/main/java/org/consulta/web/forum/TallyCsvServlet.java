package org.consulta.web.forum;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.consulta.account.Constituency;
import org.consulta.forum.Ballot;
import org.consulta.forum.BallotResult;
import org.consulta.forum.BallotResults;
import org.consulta.forum.Tally;
import org.consulta.i18n.Languages;
import org.consulta.kernel.NotFoundException;
import org.consulta.repository.Repository;
import org.consulta.repository.RepositoryService;
import org.consulta.web.frame.RepositoryItem;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code /tallies/{slug}/{id}.csv?lang=es}: a ballot's tallies once public — per option its label in
 * the requested language (or its original), overall place and measure, and place and measure per
 * constituency. UTF-8 with a byte-order mark; 404 while the results are not public.
 */
@WebServlet(urlPatterns = "/tallies/*")
public class TallyCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RepositoryService repositories;
    @Inject
    private BallotResults results;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RepositoryItem> item = RepositoryItem.parse(request.getPathInfo(), ".csv", repositories);
        Optional<BallotResult> result;
        try {
            result = item.flatMap(i -> results.results(i.repository().tenant(), i.id(), Instant.now()));
        } catch (NotFoundException notFound) {
            result = Optional.empty();
        }
        if (result.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Repository repository = item.get().repository();
        String language = Languages.isSupported(request.getParameter("lang")) ? request.getParameter("lang")
                : repository.getDefaultLanguage();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"ballot-" + item.get().id() + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        StringBuilder header = new StringBuilder("option,place,measure,ballots");
        for (Constituency side : Constituency.values()) {
            String name = side.name().toLowerCase(java.util.Locale.ROOT);
            header.append(',').append(name).append("_place,").append(name).append("_measure,").append(name).append("_ballots");
        }
        out.print(header.append("\r\n"));
        Ballot ballot = result.get().ballot();
        Tally all = result.get().overall();
        for (int o = 0; o < ballot.getOptions().size(); o++) {
            String label = ballot.getOptions().get(o).getLabel().show(language, List.of()).map(t -> t.text()).orElse("");
            StringBuilder row = new StringBuilder(org.consulta.opendata.OpenDataExport.quote(label));
            row.append(',').append(all.placeOf(o)).append(',').append(all.measure(o)).append(',').append(all.ballots());
            for (Constituency side : Constituency.values()) {
                Tally tally = result.get().bySide().get(side);
                row.append(',').append(tally.ballots() == 0 ? "" : String.valueOf(tally.placeOf(o)))
                        .append(',').append(tally.measure(o)).append(',').append(tally.ballots());
            }
            out.print(row.append("\r\n"));
        }
    }
}
