package org.consulta.web.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.comment.ModerationReason;
import org.consulta.moderation.BlockService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.RowActions;
import org.consulta.web.frame.RowPost;

/** The "block this person" forms of the moderation pages, one row form per account shown, naming the account by id. */
@Named
@RequestScoped
public class BlockForms implements RowActions {

    @Inject
    private BlockService blocks;
    @Inject
    private CurrentPage page;
    @Inject
    private CurrentUser user;

    /** Blocks the account of the row ({@code row.item}) with the posted justification, and comes back to the page. */
    @Override
    public void perform(RowPost post) {
        if (!"block".equals(post.action())) {
            throw post.unknown();
        }
        org.consulta.web.frame.Confirmation.require("true".equals(post.value("confirm")), "moderation_accounts.block_unconfirmed", null);
        ModerationReason reason = null;
        for (ModerationReason r : ModerationReason.values()) {
            if (r.name().equals(post.value("reason"))) {
                reason = r;
            }
        }
        blocks.blockAccount(page.tenant(), user.id(), post.item(), post.value("justification"),
                "true".equals(post.value("hideAll")), reason == null ? ModerationReason.OTHER : reason);
        Faces.done("moderation_accounts.blocked", post.here());
    }

    public ModerationReason[] getReasons() { return ModerationReason.values(); }
}
