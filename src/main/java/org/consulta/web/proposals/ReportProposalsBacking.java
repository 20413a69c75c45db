package org.consulta.web.proposals;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentListing;
import org.consulta.plan.PolicyArea;
import org.consulta.plan.PolicyAreaService;
import org.consulta.proposal.CallFigures;
import org.consulta.proposal.CallReport;
import org.consulta.proposal.CallService;
import org.consulta.proposal.Proposal;
import org.consulta.proposal.ProposalCall;
import org.consulta.proposal.ProposalLink;
import org.consulta.proposal.ProposalReader;
import org.consulta.web.frame.CurrentPage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /views/proposals/report.xhtml}: a call's report — its figures, per policy area, and every proposal
 * with its response and the commitments it became part of; printable, and as CSV ({@code /call-reports/}).
 */
@Named
@RequestScoped
public class ReportProposalsBacking {

    @Inject
    private CallService calls;
    @Inject
    private CallReport report;
    @Inject
    private ProposalReader reader;
    @Inject
    private PolicyAreaService areas;
    @Inject
    private CommitmentListing listing;
    @Inject
    private CurrentPage page;

    private ProposalCall call;
    private CallFigures figures;
    private List<Proposal> rows;
    private Map<Long, List<ProposalLink>> links;
    private Map<Long, Commitment> commitments;
    private Map<Long, String> authors;
    private List<PolicyArea> policyAreas;

    @PostConstruct
    void load() {
        call = calls.findCall(page.tenant(), Long.parseLong(page.param("id")));
        figures = report.figures(page.tenant(), call.getId());
        rows = report.rows(page.tenant(), call.getId());
        links = report.links(page.tenant(), call.getId());
        commitments = new HashMap<>();
        listing.byIds(page.tenant(), links.values().stream().flatMap(List::stream).map(ProposalLink::getCommitmentId).distinct().toList())
                .forEach(c -> commitments.put(c.getId(), c));
        authors = reader.authors(page.tenant(), rows);
        policyAreas = areas.list(page.tenant()).stream().filter(a -> figures.byArea().containsKey(a.getId())).toList();
    }

    /** The commitments a proposal became part of. */
    public List<Commitment> became(long proposalId) {
        return links.getOrDefault(proposalId, List.of()).stream().map(l -> commitments.get(l.getCommitmentId()))
                .filter(java.util.Objects::nonNull).toList();
    }

    public ProposalCall getCall() { return call; }
    public CallFigures getFigures() { return figures; }
    public List<Proposal> getRows() { return rows; }
    public Map<Long, String> getAuthors() { return authors; }
    public List<PolicyArea> getPolicyAreas() { return policyAreas; }
}
