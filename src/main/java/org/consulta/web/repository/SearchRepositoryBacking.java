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
    @Inject
    private org.consulta.plan.PlanService plans;

    private SearchResults results;
    private java.util.Map<String, org.consulta.i18n.LocalizedText> planTitles;

    @PostConstruct
    void load() {
        Integer number = Params.integer("page");
        results = search.search(page.tenant(), page.getLanguage(), Params.get("q"), number == null ? 0 : number);
        // "C1" alone does not say which plan: each commitment's result names it (one query for the page)
        planTitles = plans.planTitles(page.tenant(), results.hits().stream().filter(h -> !"PLAN".equals(h.kind()))
                .map(h -> h.planSlug()).distinct().toList());
    }

    /** The titles of the plans of this page's results, by slug. */
    public java.util.Map<String, org.consulta.i18n.LocalizedText> getPlanTitles() { return planTitles; }

    public SearchResults getResults() { return results; }
    public String getQuery() { return Params.get("q") == null ? "" : Params.get("q"); }
    /** The query as it goes into the pager's links. */
    public String getEncodedQuery() { return java.net.URLEncoder.encode(getQuery(), java.nio.charset.StandardCharsets.UTF_8); }
}
