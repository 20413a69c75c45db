package org.consulta.web.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.comment.ModerationReason;
import org.consulta.moderation.BlockService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.FormsByKey;
import org.consulta.web.frame.I18nView;

import java.util.Map;

/** The "block this person" forms of the moderation pages, one per account shown (keyed by form id). */
@Named
@RequestScoped
public class BlockForms {

    @Inject
    private BlockService blocks;
    @Inject
    private CurrentPage page;
    @Inject
    private CurrentUser user;
    @Inject
    private I18nView i18n;

    /** One form's fields. */
    public static class Form {
        private String justification;
        private boolean hideAll;
        private ModerationReason reason = ModerationReason.OTHER;

        public String getJustification() { return justification; }
        public void setJustification(String justification) { this.justification = justification; }
        public boolean isHideAll() { return hideAll; }
        public void setHideAll(boolean hideAll) { this.hideAll = hideAll; }
        public ModerationReason getReason() { return reason; }
        public void setReason(ModerationReason reason) { this.reason = reason; }
    }

    private final Map<String, Form> forms = new FormsByKey<>(Form::new);

    public void block(String formKey, long accountId, String backTo) {
        Form form = forms.get(formKey);
        blocks.blockAccount(page.tenant(), user.id(), accountId, form.justification, form.hideAll, form.reason);
        Faces.done(i18n, "moderation_accounts.blocked", page.repositoryPath(backTo));
    }

    public Map<String, Form> getForms() { return forms; }
    public ModerationReason[] getReasons() { return ModerationReason.values(); }
}
