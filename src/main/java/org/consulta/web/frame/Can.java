package org.consulta.web.frame;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.comment.CommentPermissions;
import org.consulta.commitment.CommitmentPermissions;
import org.consulta.consultation.ConsultationPermissions;
import org.consulta.forum.ForumPermissions;
import org.consulta.kernel.Tenant;
import org.consulta.moderation.ModerationPermissions;
import org.consulta.plan.PlanPermissions;
import org.consulta.repository.RepositoryPermissions;
import org.consulta.tracking.TrackingPermissions;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * {@code #{can.…}}: what the signed-in person may do in the page's repository, asked of each feature's
 * permissions class — the very rule its service enforces — once per request. Nothing for the anonymous
 * or outside a repository.
 */
@Named
@RequestScoped
public class Can {

    @Inject
    private CurrentPage page;
    @Inject
    private CurrentUser user;
    @Inject
    private RepositoryPermissions repository;
    @Inject
    private PlanPermissions plans;
    @Inject
    private CommitmentPermissions commitments;
    @Inject
    private ConsultationPermissions consultations;
    @Inject
    private CommentPermissions comments;
    @Inject
    private ForumPermissions forum;
    @Inject
    private ModerationPermissions moderation;
    @Inject
    private TrackingPermissions tracking;

    private final Map<String, Boolean> answers = new HashMap<>();

    /** The back office of the repository. */
    public boolean isAdminister() {
        return ask("administer", repository::canAdminister);
    }

    public boolean isManagePlans() {
        return ask("plans", plans::canManage);
    }

    public boolean isEditCommitments() {
        return ask("commitments", commitments::canEdit);
    }

    public boolean isRunConsultations() {
        return ask("consultations", consultations::canRun);
    }

    public boolean isRespond() {
        return ask("respond", comments::canRespond);
    }

    public boolean isRunForum() {
        return ask("forum", forum::canRun);
    }

    public boolean isModerate() {
        return ask("moderate", moderation::canModerate);
    }

    public boolean isAppointReporters() {
        return ask("reporters", tracking::canAppoint);
    }

    private boolean ask(String question, BiPredicate<Tenant, Long> rule) {
        return answers.computeIfAbsent(question, q -> page.getRepository() != null && user.isSignedIn()
                && rule.test(page.tenant(), user.id()));
    }
}
