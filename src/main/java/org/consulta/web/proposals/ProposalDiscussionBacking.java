package org.consulta.web.proposals;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.proposal.Proposal;
import org.consulta.web.commitments.DiscussionBacking;
import org.consulta.web.commitments.DiscussionModeration;
import org.consulta.web.frame.Resubmission;
import org.consulta.web.frame.RowPost;

/**
 * The discussion part of {@code /views/proposals/show.xhtml}: the platform's comments, replies, votes, flags
 * and moderation on a proposal ({@code order}, {@code cpage}), with the form to comment while its call is open.
 * A proposal is answered as a whole, so its comments are not answered one by one.
 */
@Named
@RequestScoped
public class ProposalDiscussionBacking extends DiscussionBacking {

    @Inject
    private ShowProposalsBacking show;
    @Inject
    private ProposalModerationBacking moderation;
    @Inject
    private org.consulta.comment.ProposalContributions contributions;

    private String body;
    private String language;

    @PostConstruct
    void load() {
        threads = reader.proposalThreads(page.tenant(), user.id(), proposal().getId(), order(), pageNumber());
        language = page.getLanguage();
    }

    public void post() {
        String once = RowPost.submitted();
        boolean held = Resubmission.once(once, () -> contributions.commentOnProposal(page.tenant(), user.id(), proposal().getId(),
                body, language, once)).isHeld();
        done(held ? "commitments_comments.held" : "commitments_comments.posted");
    }

    private Proposal proposal() {
        return show.getProposal();
    }

    @Override
    public boolean isAcceptingContributions() { return show.isOpen() && !proposal().isMerged(); }
    @Override
    public String getRowName() { return "proposalDiscussionBacking"; }
    @Override
    public DiscussionModeration getModeration() { return moderation; }
    @Override
    public boolean isAnswerable() { return false; }
    @Override
    protected void requireInDiscussion(long commentId) {
        reader.requireInProposal(page.tenant(), commentId, proposal().getId(), false);
    }
    @Override
    protected String discussionUrl() { return urls.repositoryPath("/proposals/" + proposal().getId()) + "#comments"; }
    /** No commitment: the proposal's discussion is found by {@link #requireInDiscussion}. */
    @Override
    protected long discussedCommitment() { return 0; }
    @Override
    protected Long discussedUpdate() { return null; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
