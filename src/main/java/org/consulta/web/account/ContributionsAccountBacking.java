package org.consulta.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.ContributionsService;
import org.consulta.account.ContributionsService.Row;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Params;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /views/account/contributions.xhtml}: what the signed-in person did, kind by kind (the newest few of
 * each), or one kind page by page ({@code ?kind=comments&page=1}).
 */
@Named
@RequestScoped
public class ContributionsAccountBacking {

    private static final int FEW = 5;
    private static final int PAGE = 20;

    /** One kind's rows on this page; {@code more}: older ones exist. */
    public record Section(String kind, List<Row> rows, boolean more) {
        public String getKind() { return kind; }
        public List<Row> getRows() { return rows; }
        public boolean isMore() { return more; }
    }

    @Inject
    private ContributionsService contributions;
    @Inject
    private CurrentUser user;
    @Inject
    private CurrentPage page;

    private final List<Section> sections = new ArrayList<>();
    private String kind;
    private int number;

    @PostConstruct
    void load() {
        if (!user.isSignedIn()) {
            return;
        }
        kind = contributions.kinds().contains(Params.get("kind")) ? Params.get("kind") : null;
        number = kind == null || Params.integer("page") == null ? 0 : Math.max(0, Params.integer("page"));
        for (String each : kind == null ? contributions.kinds() : List.of(kind)) {
            int size = kind == null ? FEW : PAGE;
            List<Row> rows = contributions.contributions(user.id(), each, page.getLanguage(), number, size);
            sections.add(new Section(each, rows.size() > size ? rows.subList(0, size) : rows, rows.size() > size));
        }
    }

    public List<Section> getSections() { return sections; }
    /** The one kind shown page by page, or null for all kinds. */
    public String getKind() { return kind; }
    public int getPage() { return number; }
}
