package org.consulta.web.frame;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.Permission;
import org.consulta.account.Permissions;
import org.consulta.comment.CommentPermissions;
import org.consulta.commitment.CommitmentPermissions;
import org.consulta.consultation.ConsultationPermissions;
import org.consulta.forum.ForumPermissions;
import org.consulta.moderation.ModerationPermissions;
import org.consulta.plan.PlanPermissions;
import org.consulta.repository.RepositoryPermissions;
import org.consulta.tracking.TrackingPermissions;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code #{can.…}}: what the signed-in person may do in the page's repository: each feature's
 * {@link Permission}, the very one its service requires, asked once per request. Nothing for the anonymous
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
    private Permissions permissions;

    private final Map<Permission, Boolean> answers = new HashMap<>();

    /** The back office of the repository. */
    public boolean isAdminister() {
        return ask(RepositoryPermissions.ADMINISTER);
    }

    public boolean isManagePlans() {
        return ask(PlanPermissions.MANAGE);
    }

    public boolean isEditCommitments() {
        return ask(CommitmentPermissions.EDIT);
    }

    public boolean isRunConsultations() {
        return ask(ConsultationPermissions.RUN);
    }

    public boolean isRespond() {
        return ask(CommentPermissions.RESPOND);
    }

    public boolean isRunForum() {
        return ask(ForumPermissions.RUN);
    }

    public boolean isModerate() {
        return ask(ModerationPermissions.MODERATE);
    }

    public boolean isAppointReporters() {
        return ask(TrackingPermissions.APPOINT);
    }

    public boolean isRunCalls() {
        return ask(org.consulta.proposal.ProposalPermissions.RUN_CALLS);
    }

    public boolean isRecordWorkshops() {
        return ask(org.consulta.proposal.ProposalPermissions.RECORD_WORKSHOPS);
    }

    public boolean isTraceProposals() {
        return ask(org.consulta.proposal.ProposalPermissions.TRACE);
    }

    public boolean isRespondToProposals() {
        return ask(org.consulta.proposal.ProposalPermissions.RESPOND);
    }

    private boolean ask(Permission permission) {
        return answers.computeIfAbsent(permission, p -> page.getRepository() != null && user.isSignedIn()
                && permissions.allows(page.tenant(), user.id(), p));
    }
}
