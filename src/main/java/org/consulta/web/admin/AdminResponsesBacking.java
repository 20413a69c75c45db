package org.consulta.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.comment.ResponseService;
import org.consulta.comment.UnansweredLine;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Params;

import java.util.List;

/** {@code /views/admin/responses.xhtml}: contributions still waiting for their response, oldest first. */
@Named
@RequestScoped
public class AdminResponsesBacking {

    @Inject
    private ResponseService responses;
    @Inject
    private CurrentPage page;
    @Inject
    private CurrentUser user;

    private List<UnansweredLine> lines;
    private int number;

    @PostConstruct
    void load() {
        number = Params.integer("page") == null ? 0 : Params.integer("page");
        lines = responses.unanswered(page.tenant(), user.id(), number);
    }

    public List<UnansweredLine> getLines() { return lines; }
    public int getPage() { return number; }
    public boolean isHasNext() { return lines.size() == ResponseService.PAGE_SIZE; }
}
