package org.consulta.web.proposals;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.comment.ResponseStatus;
import org.consulta.commitment.CommitmentListing;
import org.consulta.commitment.CommitmentSummary;
import org.consulta.proposal.Proposal;
import org.consulta.proposal.ProposalIndexing;
import org.consulta.proposal.ProposalReader;
import org.consulta.proposal.ProposalResponses;
import org.consulta.proposal.ProposalTracing;
import org.consulta.search.SearchHit;
import org.consulta.search.SearchService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /views/proposals/manage.xhtml}: what became of a proposal, for editors and responders: link it to
 * the commitments it fed (with a note) or unlink, merge it into the proposal kept, answer it per language.
 */
@Named
@RequestScoped
public class ManageProposalsBacking {

    @Inject
    private ProposalReader reader;
    @Inject
    private ProposalTracing tracing;
    @Inject
    private ProposalResponses responses;
    @Inject
    private CommitmentListing listing;
    @Inject
    private SearchService search;
    @Inject
    private ShowProposalsBacking show;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private Proposal proposal;
    private List<CommitmentSummary> commitments;
    private String commitment;
    private String note;
    private Long kept;
    private ResponseStatus status;
    private final Map<String, String> reasoning = new HashMap<>();

    @PostConstruct
    void load() {
        proposal = show.getProposal();
        commitments = listing.list(page.tenant(), user.id(), proposal.getCall().getPlan().getId(), null, null,
                CommitmentListing.Order.REFERENCE, page.getLanguage(), page.fallbackOrder());
        if (proposal.getResponse().isAnswered()) {
            status = proposal.getResponse().getStatus();
            proposal.getResponse().getReasoning().asMap().forEach((language, text) -> reasoning.put(language, text.text()));
        }
    }

    public void link() {
        tracing.linkToCommitment(page.tenant(), user.id(), proposal.getId(), commitmentId(), note);
        Faces.done("proposals_manage.linked", here());
    }

    public void unlink(long commitmentId) {
        tracing.unlinkFromCommitment(page.tenant(), user.id(), proposal.getId(), commitmentId);
        Faces.done("proposals_manage.unlinked", here());
    }

    public void merge() {
        if (kept == null) {
            throw new org.consulta.kernel.RefusedException("proposal.refused.merge_self", "kept");
        }
        tracing.mergeProposals(page.tenant(), user.id(), proposal.getId(), kept);
        Faces.done("proposals_manage.merged", urls.repositoryPath("/proposals/" + kept));
    }

    public void answer() {
        responses.answerProposal(page.tenant(), user.id(), proposal.getId(), status, page.getLanguage(), reasoning);
        Faces.done("proposals_manage.answered", here());
    }

    /** Proposals of the repository that share words with this one's title: merge candidates. */
    public List<SearchHit> getSimilar() {
        return search.similar(page.tenant(), proposal.getLanguage(), ProposalIndexing.KIND, proposal.getTitle(), 6).stream()
                .filter(hit -> !hit.reference().equals("P" + proposal.getId())).toList();
    }

    private long commitmentId() {
        if (commitment == null || !commitment.matches("\\d{1,18}")) {
            throw new org.consulta.kernel.RefusedException("proposal.refused.unknown_commitment", "commitment");
        }
        return Long.parseLong(commitment);
    }

    private String here() {
        return urls.repositoryPath("/proposals/" + proposal.getId() + "/manage");
    }

    public Proposal getProposal() { return proposal; }
    public List<CommitmentSummary> getCommitments() { return commitments; }
    public String getCommitment() { return commitment; }
    public void setCommitment(String commitment) { this.commitment = commitment; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getKept() { return kept; }
    public void setKept(Long kept) { this.kept = kept; }
    public ResponseStatus getStatus() { return status; }
    public void setStatus(ResponseStatus status) { this.status = status; }
    public ResponseStatus[] getStatuses() { return ResponseStatus.values(); }
    public Map<String, String> getReasoning() { return reasoning; }
}
