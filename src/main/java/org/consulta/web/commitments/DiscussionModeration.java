package org.consulta.web.commitments;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.consulta.account.AccountBlock;
import org.consulta.comment.ModerationReason;
import org.consulta.moderation.Appeal;
import org.consulta.moderation.AppealService;
import org.consulta.moderation.BlockService;
import org.consulta.moderation.Decision;
import org.consulta.moderation.FlagService;
import org.consulta.moderation.ModerationService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.RowActions;
import org.consulta.web.frame.RowPost;

import java.util.List;
import java.util.Map;

/**
 * What the rows of a discussion offer about moderation, wherever the discussion is (a commitment's, a
 * progress update's, a proposal's): a flag (about the contribution or its author), a moderator's hiding,
 * an author's appeal; and whether the reader is blocked here. A subclass says which discussion it is.
 */
public abstract class DiscussionModeration implements RowActions {

    @Inject
    private FlagService flags;
    @Inject
    private AppealService appeals;
    @Inject
    private BlockService blocks;
    @Inject
    private ModerationService moderation;
    @Inject
    protected CurrentPage page;
    @Inject
    protected CurrentUser user;

    private Map<Long, Appeal> ownAppeals = Map.of();
    private AccountBlock block;

    @PostConstruct
    void loadOwn() {
        if (user.isSignedIn()) {
            ownAppeals = ownAppeals(appeals);
            block = blocks.blockOf(page.tenant(), user.id()).orElse(null);
        }
    }

    /** The signed-in author's appeals in this discussion, by comment. */
    protected abstract Map<Long, Appeal> ownAppeals(AppealService appeals);

    /** Refuses a contribution that is not in this discussion (a row posted from another page). */
    protected abstract void requireIn(long commentId);

    /** The discussion's address, where a row's action ends. */
    protected abstract String discussionUrl();

    /** The bean's name, which its rows' forms give back ({@link RowPost}). */
    public abstract String getRowName();

    @Override
    public void perform(RowPost post) {
        long id = post.item();
        requireIn(id);
        switch (post.action()) {
            case "flag" -> {
                ModerationReason reason = reason(post.value("reason"));
                if ("author".equals(post.value("about"))) {
                    flags.flagAuthorOf(page.tenant(), user.id(), id, reason, post.value("note"));
                } else {
                    flags.flagComment(page.tenant(), user.id(), id, reason, post.value("note"));
                }
                done("commitments_moderation.flagged");
            }
            case "hide" -> {
                moderation.moderate(page.tenant(), user.id(), new Decision(Decision.Step.HIDE, reason(post.value("reason")),
                        post.value("note"), List.of(id)));
                done("moderation_queue.done");
            }
            case "appeal" -> {
                appeals.appeal(page.tenant(), user.id(), id, post.value("explanation"));
                done("commitments_moderation.appealed");
            }
            default -> throw post.unknown();
        }
    }

    /** The reason chosen; none (or one not offered) is left to the service to refuse. */
    private static ModerationReason reason(String posted) {
        for (ModerationReason reason : ModerationReason.values()) {
            if (reason.name().equals(posted)) {
                return reason;
            }
        }
        return null;
    }

    private void done(String key) {
        Faces.done(key, discussionUrl());
    }

    /** The signed-in author's appeals in this discussion, by comment. */
    public Map<Long, Appeal> getOwnAppeals() { return ownAppeals; }
    /** Non-null when the reader is blocked in this repository. */
    public AccountBlock getBlock() { return block; }
    public ModerationReason[] getReasons() { return ModerationReason.values(); }
}
