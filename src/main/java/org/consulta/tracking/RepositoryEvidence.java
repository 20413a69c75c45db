package org.consulta.tracking;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.consulta.comment.ConsultationReport;
import org.consulta.comment.ReportSummary;
import org.consulta.consultation.Consultation;
import org.consulta.consultation.ConsultationService;
import org.consulta.consultation.PlanConsultations;
import org.consulta.forum.Ballot;
import org.consulta.forum.BallotService;
import org.consulta.forum.ForumService;
import org.consulta.forum.ForumView;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanDocumentService;
import org.consulta.plan.PlanService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public OGP repository of a member, gathered in one read: the forum (rules, members, meetings,
 * ballots) and, per action plan, its documents, consultations with their reports and responses, and
 * its implementation progress — each with the date it was last updated. A few statements per plan
 * and consultation; a repository has a handful of plans.
 */
@Stateless
@TenantScoped
public class RepositoryEvidence {

    @Inject
    private PlanService plans;
    @Inject
    private PlanDocumentService documents;
    @Inject
    private ConsultationService consultations;
    @Inject
    private ConsultationReport reports;
    @Inject
    private ProgressReader progress;
    @Inject
    private ForumService forums;
    @Inject
    private BallotService ballots;

    /** The forum, its ballots, and every plan newest first. */
    public record Overview(ForumView forum, List<Ballot> ballots, List<PlanEvidence> plans) {
        public ForumView getForum() { return forum; }
        public List<Ballot> getBallots() { return ballots; }
        public List<PlanEvidence> getPlans() { return plans; }
    }

    public Overview overview(Tenant tenant, LocalDate today) {
        Instant now = Instant.now();
        List<PlanEvidence> out = new ArrayList<>();
        for (ActionPlan plan : plans.listPlans(tenant)) {
            PlanConsultations rounds = consultations.planConsultations(tenant, plan.getId(), now);
            Map<Long, ReportSummary> figures = new HashMap<>();
            for (Consultation c : rounds.getAll()) {
                figures.put(c.getId(), reports.summary(tenant, c.getId()));
            }
            out.add(new PlanEvidence(plan, documents.listDocuments(tenant, plan.getId()), rounds, figures,
                    progress.dashboard(tenant, plan.getId(), today)));
        }
        return new Overview(forums.forum(tenant, today), ballots.ballots(tenant), out);
    }
}
