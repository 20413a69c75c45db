package org.consulta.web.proposals;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentListing;
import org.consulta.plan.PolicyArea;
import org.consulta.plan.PolicyAreaService;
import org.consulta.proposal.Proposal;
import org.consulta.proposal.ProposalDraft;
import org.consulta.proposal.ProposalLink;
import org.consulta.proposal.ProposalReader;
import org.consulta.proposal.ProposalService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code /views/proposals/show.xhtml}: a proposal, where it came from, what became of it (the commitments
 * it fed, the proposal it was merged into, the response); supporting it; its author's rewrite or addendum.
 */
@Named
@RequestScoped
public class ShowProposalsBacking {

    /** A commitment this proposal became part of, with the editors' note. */
    public record Became(Commitment commitment, String note) {
        public Commitment getCommitment() { return commitment; }
        public String getNote() { return note; }
    }

    @Inject
    private ProposalReader reader;
    @Inject
    private ProposalService proposals;
    @Inject
    private org.consulta.proposal.ProposalFollows follows;
    @Inject
    private org.consulta.comment.CommentReader comments;
    @Inject
    private CommitmentListing commitments;
    @Inject
    private PolicyAreaService areas;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private Proposal proposal;
    private String author;
    private List<Became> became;
    private Proposal mergedInto;
    private List<Proposal> duplicates;
    private boolean supporting;
    private boolean following;
    private org.consulta.comment.Comment statement;
    private final ProposalDraft draft = new ProposalDraft();
    private String addendum;

    @PostConstruct
    void load() {
        proposal = reader.proposalFor(page.tenant(), user.id(), Long.parseLong(page.param("id")));
        statement = comments.statementOf(page.tenant(), proposal.getId()).orElse(null);
        author = proposal.getAuthorId() == null ? null : reader.authors(page.tenant(), List.of(proposal)).get(proposal.getAuthorId());
        List<ProposalLink> links = reader.links(page.tenant(), proposal.getId());
        Map<Long, Commitment> byId = new java.util.HashMap<>();
        commitments.byIds(page.tenant(), links.stream().map(ProposalLink::getCommitmentId).toList()).forEach(c -> byId.put(c.getId(), c));
        became = links.stream().filter(l -> byId.containsKey(l.getCommitmentId()))
                .map(l -> new Became(byId.get(l.getCommitmentId()), l.getNote())).toList();
        mergedInto = proposal.isMerged() ? kept(proposal.getMergedInto()) : null;
        duplicates = reader.mergedInto(page.tenant(), proposal.getId());
        supporting = !proposals.supportedBy(page.tenant(), user.id(), List.of(proposal.getId())).isEmpty();
        following = follows.isFollowing(page.tenant(), user.id(), proposal.getId());
        draft.setTitle(proposal.getTitle());
        draft.setProblem(proposal.getProblem());
        draft.setSolution(proposal.getSolution());
        draft.setOrganisation(proposal.getOrganisation());
        draft.setAreas(new java.util.ArrayList<>(proposal.getAreas().stream().map(a -> a.getId().toString()).toList()));
    }

    /** The proposal kept in a merge, unless moderation has hidden it since. */
    private Proposal kept(long id) {
        try {
            return reader.proposal(page.tenant(), id);
        } catch (org.consulta.kernel.NotFoundException hidden) {
            return null;
        }
    }

    public void support() {
        proposals.supportProposal(page.tenant(), user.id(), proposal.getId());
        Faces.done("proposal.supported", here());
    }

    public void withdraw() {
        proposals.withdrawSupport(page.tenant(), user.id(), proposal.getId());
        Faces.done("proposal.withdrawn", here());
    }

    public void follow() {
        follows.followProposal(page.tenant(), user.id(), proposal.getId());
        Faces.done("proposals_show.followed", here());
    }

    public void unfollow() {
        follows.unfollowProposal(page.tenant(), user.id(), proposal.getId());
        Faces.done("proposals_show.unfollowed", here());
    }

    public void rewrite() {
        proposals.reviseProposal(page.tenant(), user.id(), proposal.getId(), draft);
        Faces.done("proposals_show.rewritten", here());
    }

    public void complete() {
        proposals.addAddendum(page.tenant(), user.id(), proposal.getId(), addendum);
        Faces.done("proposals_show.completed", here());
    }

    private String here() {
        return urls.repositoryPath("/proposals/" + proposal.getId());
    }

    public String html(String text) { return org.consulta.comment.PlainText.html(text); }
    public Proposal getProposal() { return proposal; }
    public String getAuthor() { return author; }
    public List<Became> getBecame() { return became; }
    public Proposal getMergedIntoProposal() { return mergedInto; }
    public List<Proposal> getDuplicates() { return duplicates; }
    public boolean isSupporting() { return supporting; }
    public boolean isFollowing() { return following; }
    /** The proposal's text as moderation sees it (as {@code item.comment} for the moderation forms); null for none. */
    public Map<String, org.consulta.comment.Comment> getStatement() {
        return statement == null ? null : Map.of("comment", statement);
    }
    public boolean isOpen() { return proposal.getCall().window().isOpen(Instant.now()); }
    public boolean isAuthor() { return user.isSignedIn() && user.id().equals(proposal.getAuthorId()); }
    public boolean isMaySupport() { return isOpen() && user.isSignedIn() && !isAuthor() && !proposal.isMerged(); }
    public ProposalDraft getDraft() { return draft; }
    public String getAddendum() { return addendum; }
    public void setAddendum(String addendum) { this.addendum = addendum; }
    public List<PolicyArea> getPolicyAreas() { return areas.list(page.tenant()); }
    public Map<Long, String> getAuthors() { return author == null ? Map.of() : Map.of(proposal.getAuthorId(), author); }
}
