package org.consulta.web.proposals;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.comment.CommentReader;
import org.consulta.moderation.Appeal;
import org.consulta.moderation.AppealService;
import org.consulta.web.commitments.DiscussionModeration;
import org.consulta.web.frame.PageUrls;

import java.util.Map;

/** The moderation of a proposal's discussion: flags, a moderator's hiding, the author's appeal, a block's notice. */
@Named
@RequestScoped
public class ProposalModerationBacking extends DiscussionModeration {

    @Inject
    private ShowProposalsBacking show;
    @Inject
    private CommentReader reader;
    @Inject
    private PageUrls urls;

    @Override
    protected Map<Long, Appeal> ownAppeals(AppealService appeals) {
        return appeals.ownAppealsOnProposal(page.tenant(), user.id(), show.getProposal().getId());
    }

    @Override
    protected void requireIn(long commentId) {
        reader.requireInProposal(page.tenant(), commentId, show.getProposal().getId(), true);
    }

    @Override
    protected String discussionUrl() {
        return urls.repositoryPath("/proposals/" + show.getProposal().getId()) + "#comments";
    }

    @Override
    public String getRowName() { return "proposalModerationBacking"; }
}
