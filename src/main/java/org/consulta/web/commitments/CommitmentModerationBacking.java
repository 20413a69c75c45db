package org.consulta.web.commitments;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
import org.consulta.web.frame.FormsByKey;
import org.consulta.web.frame.I18nView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The moderation part of a commitment's discussion: flagging a contribution or its author, the
 * author's appeal against hiding or holding, a moderator hiding a contribution where they read it,
 * and a blocked reader's notice of why.
 */
@Named
@RequestScoped
public class CommitmentModerationBacking {

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
    private CurrentPage page;
    @Inject
    private CurrentUser user;
    @Inject
    private I18nView i18n;

    /** A flag form's fields: about the contribution or its author. */
    public static class FlagForm {
        private ModerationReason reason;
        private String note;
        private boolean author;

        public ModerationReason getReason() { return reason; }
        public void setReason(ModerationReason reason) { this.reason = reason; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public boolean isAuthor() { return author; }
        public void setAuthor(boolean author) { this.author = author; }
    }

    private final Map<Long, FlagForm> flagForms = new FormsByKey<>(FlagForm::new);
    /** The moderators' hide forms, reusing the flag form's reason and note. */
    private final Map<Long, FlagForm> hideForms = new FormsByKey<>(FlagForm::new);
    private final Map<Long, String> explanations = new HashMap<>();
    private Map<Long, Appeal> ownAppeals = Map.of();
    private AccountBlock block;

    @PostConstruct
    void load() {
        if (user.isSignedIn()) {
            ownAppeals = appeals.ownAppeals(page.tenant(), user.id(), show.getShown().getCommitment().getId());
            block = blocks.blockOf(page.tenant(), user.id()).orElse(null);
        }
    }

    public void flag(long commentId, long authorId) {
        FlagForm form = flagForms.get(commentId);
        if (form.author) {
            flags.flagAccount(page.tenant(), user.id(), authorId, form.reason, form.note);
        } else {
            flags.flagComment(page.tenant(), user.id(), commentId, form.reason, form.note);
        }
        done("commitments_moderation.flagged");
    }

    public void hide(long commentId) {
        FlagForm form = hideForms.get(commentId);
        moderation.moderate(page.tenant(), user.id(), new Decision(Decision.Step.HIDE, form.reason, form.note, List.of(commentId)));
        done("moderation_queue.done");
    }

    public void appeal(long commentId) {
        appeals.appeal(page.tenant(), user.id(), commentId, explanations.get(commentId));
        done("commitments_moderation.appealed");
    }

    private void done(String key) {
        Faces.done(i18n, key, page.commitmentDiscussion());
    }

    public Map<Long, FlagForm> getFlagForms() { return flagForms; }
    public Map<Long, FlagForm> getHideForms() { return hideForms; }
    public Map<Long, String> getExplanations() { return explanations; }
    /** The signed-in author's appeals on this commitment, by comment. */
    public Map<Long, Appeal> getOwnAppeals() { return ownAppeals; }
    /** Non-null when the reader is blocked in this repository. */
    public AccountBlock getBlock() { return block; }
    public ModerationReason[] getReasons() { return ModerationReason.values(); }
}
