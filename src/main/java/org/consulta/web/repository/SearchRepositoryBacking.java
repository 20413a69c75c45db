package org.consulta.web.repository;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.search.SearchResults;
import org.consulta.search.SearchService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.Params;

/** {@code /views/repository/search.xhtml}: plans and commitments matching {@code q}, {@code page} by page. */
@Named
@RequestScoped
public class SearchRepositoryBacking {

    @Inject
    private SearchService search;
    @Inject
    private CurrentPage page;

    private SearchResults results;

    @PostConstruct
    void load() {
        Integer number = Params.integer("page");
        results = search.search(page.tenant(), page.getLanguage(), Params.get("q"), number == null ? 0 : number);
    }

    public SearchResults getResults() { return results; }
    public String getQuery() { return Params.get("q") == null ? "" : Params.get("q"); }
    /** The query as it goes into the pager's links. */
    public String getEncodedQuery() { return java.net.URLEncoder.encode(getQuery(), java.nio.charset.StandardCharsets.UTF_8); }
}
