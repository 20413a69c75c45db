package org.consulta.web.proposals;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.comment.ResponseStatus;
import org.consulta.plan.PolicyArea;
import org.consulta.plan.PolicyAreaService;
import org.consulta.proposal.CallService;
import org.consulta.proposal.ProposalCall;
import org.consulta.proposal.ProposalFilter;
import org.consulta.proposal.ProposalPage;
import org.consulta.proposal.ProposalReader;
import org.consulta.proposal.ProposalService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;
import org.consulta.web.frame.Params;
import org.consulta.web.frame.RowActions;
import org.consulta.web.frame.RowPost;

import java.time.Instant;
import java.util.List;

/**
 * {@code /views/proposals/call.xhtml}: a call and a page of its proposals ({@code area}, {@code status}:
 * a response status or {@code UNANSWERED}, {@code sort}, {@code page}), each supported from its row.
 */
@Named
@RequestScoped
public class CallProposalsBacking implements RowActions {

    @Inject
    private CallService calls;
    @Inject
    private ProposalReader reader;
    @Inject
    private ProposalService proposals;
    @Inject
    private PolicyAreaService areas;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private ProposalCall call;
    private ProposalPage proposalPage;
    private List<PolicyArea> policyAreas;

    @PostConstruct
    void load() {
        call = calls.findCall(page.tenant(), Long.parseLong(page.param("id")));
        ProposalFilter.Order order = Params.choice(ProposalFilter.Order.class, "sort");
        String status = Params.get("status");
        ProposalFilter filter = new ProposalFilter(Params.id("area"),
                "UNANSWERED".equals(status) ? null : Params.choice(ResponseStatus.class, "status"), "UNANSWERED".equals(status),
                order == null ? ProposalFilter.Order.SUPPORTS : order);
        Integer number = Params.integer("page");
        proposalPage = reader.page(page.tenant(), user.id(), call.getId(), filter, number == null ? 0 : number);
        policyAreas = areas.list(page.tenant());
    }

    /** Supports or withdraws the support of the row's proposal ({@code row.item}), then comes back to the same page. */
    @Override
    public void perform(RowPost post) {
        switch (String.valueOf(post.action())) {
            case "support" -> proposals.supportProposal(page.tenant(), user.id(), post.item());
            case "withdraw" -> proposals.withdrawSupport(page.tenant(), user.id(), post.item());
            default -> throw post.unknown();
        }
        Faces.done("support".equals(post.action()) ? "proposal.supported" : "proposal.withdrawn", post.here());
    }

    public ProposalCall getCall() { return call; }
    public ProposalPage getProposals() { return proposalPage; }
    public List<PolicyArea> getPolicyAreas() { return policyAreas; }
    public String getState() { return call.window().state(Instant.now()).name(); }
    public boolean isOpen() { return call.window().isOpen(Instant.now()); }
    public ProposalFilter.Order[] getOrders() { return ProposalFilter.Order.values(); }
    public ResponseStatus[] getStatuses() { return ResponseStatus.values(); }
    public String getArea() { return Params.get("area"); }
    public String getStatus() { return Params.get("status"); }
    public String getSort() { return Params.get("sort"); }

    /** The filter's query string, for the pager's links. */
    public String getFilterQuery() {
        StringBuilder query = new StringBuilder("?");
        for (String name : List.of("area", "status", "sort")) {
            String value = Params.get(name);
            if (value != null && value.matches("[A-Za-z0-9_]{1,40}")) {
                query.append(name).append('=').append(value).append("&");
            }
        }
        return query.append("page=").toString();
    }

    public String urlOfCall() { return urls.repositoryPath("/calls/" + call.getId()); }
}
