package org.consulta.web.commitments;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.AccountBlock;
import org.consulta.comment.CommentReader;
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
import org.consulta.web.frame.PageUrls;
import org.consulta.web.frame.RowActions;
import org.consulta.web.frame.RowPost;

import java.util.List;
import java.util.Map;

/**
 * The moderation part of a commitment's discussion: flagging a contribution or its author, the
 * author's appeal against hiding or holding, a moderator hiding a contribution where they read it,
 * and a blocked reader's notice of why. Each is a form of its comment's row ({@code cs:rowform}).
 */
@Named
@RequestScoped
public class CommitmentModerationBacking implements RowActions {

    @Inject
    private FlagService flags;
    @Inject
    private AppealService appeals;
    @Inject
    private BlockService blocks;
    @Inject
    private ModerationService moderation;
    @Inject
    private ShowCommitmentBacking show;
    @Inject
    private CommentReader reader;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private Map<Long, Appeal> ownAppeals = Map.of();
    private AccountBlock block;

    @PostConstruct
    void load() {
        if (user.isSignedIn()) {
            ownAppeals = appeals.ownAppeals(page.tenant(), user.id(), show.getShown().getCommitment().getId());
            block = blocks.blockOf(page.tenant(), user.id()).orElse(null);
        }
    }

    /** A row's flag (about the contribution or its author), a moderator's hiding, an author's appeal. */
    @Override
    public void perform(RowPost post) {
        long id = post.item();
        String update = page.param("update");
        reader.requireIn(page.tenant(), id, show.getShown().getCommitment().getId(), update == null ? null : Long.valueOf(update));
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
        Faces.done(key, urls.commitmentDiscussion());
    }

    /** The signed-in author's appeals on this commitment, by comment. */
    public Map<Long, Appeal> getOwnAppeals() { return ownAppeals; }
    /** Non-null when the reader is blocked in this repository. */
    public AccountBlock getBlock() { return block; }
    public ModerationReason[] getReasons() { return ModerationReason.values(); }
}
