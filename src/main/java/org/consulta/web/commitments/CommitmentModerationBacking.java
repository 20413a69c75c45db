package org.consulta.web.commitments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.comment.CommentReader;
import org.consulta.moderation.Appeal;
import org.consulta.moderation.AppealService;
import org.consulta.web.frame.PageUrls;

import java.util.Map;

/**
 * The moderation part of a commitment's discussion (and of its progress updates'): flagging a contribution
 * or its author, the author's appeal against hiding or holding, a moderator hiding a contribution where they
 * read it, and a blocked reader's notice of why. Each is a form of its comment's row ({@code cs:rowform}).
 */
@Named
@RequestScoped
public class CommitmentModerationBacking extends DiscussionModeration {

    @Inject
    private ShowCommitmentBacking show;
    @Inject
    private CommentReader reader;
    @Inject
    private PageUrls urls;

    @Override
    protected Map<Long, Appeal> ownAppeals(AppealService appeals) {
        return appeals.ownAppeals(page.tenant(), user.id(), show.getShown().getCommitment().getId());
    }

    @Override
    protected void requireIn(long commentId) {
        String update = page.param("update");
        reader.requireIn(page.tenant(), commentId, show.getShown().getCommitment().getId(), update == null ? null : Long.valueOf(update));
    }

    @Override
    protected String discussionUrl() {
        return urls.commitmentDiscussion();
    }

    @Override
    public String getRowName() { return "commitmentModerationBacking"; }
}
