package org.consulta.web.opendata;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.consulta.opendata.Dataset;
import org.consulta.opendata.OpenDataExport;
import org.consulta.opendata.OpenDataSettingsPart;
import org.consulta.repository.Repository;
import org.consulta.repository.RepositoryService;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /open-data/{slug}/{dataset}.csv|json}: a repository's dataset under its licence (in the
 * {@code Link} header, and in the JSON), written while it is read. CSV: UTF-8 with a byte-order mark,
 * RFC 4180 quoting, formulas neutralised. JSON: an object with the licence and the rows.
 */
@WebServlet(urlPatterns = "/open-data/*")
public class OpenDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("^/([a-z0-9-]{1,40})/([a-z]{1,20})\\.(csv|json)$");

    @Inject
    private RepositoryService repositories;
    @Inject
    private OpenDataExport export;
    @Inject
    private OpenDataSettingsPart settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Repository> repository = path.matches() ? repositories.findActive(path.group(1)) : Optional.empty();
        Optional<Dataset> dataset = path.matches() ? Dataset.named(path.group(2)) : Optional.empty();
        if (repository.isEmpty() || dataset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Repository repo = repository.get();
        boolean csv = path.group(3).equals("csv");
        response.setContentType(csv ? "text/csv; charset=UTF-8" : "application/json; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + repo.getSlug() + "-" + path.group(2) + "." + path.group(3) + "\"");
        response.setHeader("Link", "<" + settings.licence(repo.tenant()).url() + ">; rel=\"license\"");
        export.write(repo, dataset.get(), csv, response.getWriter());
    }
}
