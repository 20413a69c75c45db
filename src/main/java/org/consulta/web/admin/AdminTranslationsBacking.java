package org.consulta.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.commitment.TranslationDashboard;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Params;

/** {@code /views/admin/translations.xhtml}: what remains to translate, per language, with links to do it. */
@Named
@RequestScoped
public class AdminTranslationsBacking {

    @Inject
    private TranslationDashboard dashboard;
    @Inject
    private CurrentPage page;
    @Inject
    private CurrentUser user;

    @Inject
    private org.consulta.translation.MachineReview review;

    private TranslationDashboard.Overview overview;
    private java.util.Map<String, Long> unreviewed;

    @PostConstruct
    void load() {
        Integer number = Params.integer("page");
        overview = dashboard.overview(page.tenant(), user.id(), page.getLanguage(), number == null ? 0 : number);
    }

    public TranslationDashboard.Overview getOverview() { return overview; }

    /** Machine translations no person has reviewed, per language, of every kind of text (contributions included). */
    public java.util.Map<String, Long> getUnreviewed() {
        if (unreviewed == null) {
            unreviewed = review.unreviewed(page.tenant(), user.id());
        }
        return unreviewed;
    }
}
