package org.consulta.web.proposals;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.consulta.i18n.Languages;
import org.consulta.proposal.ProposalIndexing;
import org.consulta.repository.Repository;
import org.consulta.repository.RepositoryService;
import org.consulta.search.SearchHit;
import org.consulta.search.SearchService;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code /similar-proposals/{slug}?lang=es&q=…}: the public proposals sharing the words typed, as JSON
 * ({@code [{title, path, language}]}), for the new-proposal form's script. What the search page shows
 * anyone; no session is made.
 */
@WebServlet(urlPatterns = "/similar-proposals/*")
public class SimilarProposalsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RepositoryService repositories;
    @Inject
    private SearchService search;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<Repository> repository = path == null || !path.matches("/[a-z0-9-]{1,40}") ? Optional.empty()
                : repositories.findActive(path.substring(1));
        String language = request.getParameter("lang");
        String words = request.getParameter("q");
        if (repository.isEmpty() || !Languages.isSupported(language) || words == null || words.length() > 200) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        JsonArrayBuilder hits = Json.createArrayBuilder();
        for (SearchHit hit : search.similar(repository.get().tenant(), language, ProposalIndexing.KIND, words,
                ProposeProposalsBacking.SIMILAR)) {
            hits.add(Json.createObjectBuilder().add("title", hit.title()).add("path", hit.getPath()).add("language", language));
        }
        response.setContentType("application/json; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(hits.build().toString());
    }
}
