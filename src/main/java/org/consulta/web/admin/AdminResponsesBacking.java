package org.consulta.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.comment.ResponseService;
import org.consulta.comment.UnansweredLine;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.LazyRows;
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

    @Inject
    private org.consulta.proposal.ProposalResponses proposalResponses;
    @Inject
    private org.consulta.proposal.ProposalReader proposalReader;

    private LazyRows<UnansweredLine> rows;
    private int number;
    private List<org.consulta.proposal.Proposal> proposals;
    private java.util.Map<Long, String> authors;
    private int proposalPage;

    @PostConstruct
    void load() {
        number = Params.integer("page") == null ? 0 : Params.integer("page");
        proposalPage = Params.integer("ppage") == null ? 0 : Params.integer("ppage");
        proposals = proposalResponses.unanswered(page.tenant(), user.id(), proposalPage);
        authors = proposalReader.authors(page.tenant(), proposals);
    }

    /** Proposals of the calls still without a reasoned response, oldest first ({@code ?ppage=}). */
    public List<org.consulta.proposal.Proposal> getProposals() { return proposals; }
    public java.util.Map<Long, String> getAuthors() { return authors; }
    public int getProposalPage() { return proposalPage; }
    public boolean isProposalsHaveNext() { return proposals.size() == org.consulta.proposal.ProposalResponses.PAGE_SIZE; }

    /** The contributions waiting, a slice at a time as the table asks (the service checks the role on each). */
    public LazyRows<UnansweredLine> getRows() {
        if (rows == null) {
            rows = new LazyRows<>(slice -> responses.readUnanswered(page.tenant(), user.id(), slice),
                    slice -> responses.countUnanswered(page.tenant(), user.id(), slice), UnansweredLine::getCommentId);
        }
        return rows;
    }

    /** The first row shown on opening, so {@code ?page=N} links still lead somewhere. */
    public int getFirst() { return number * ResponseService.PAGE_SIZE; }
    public int getPage() { return number; }
}
