package org.consulta.web.plans;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.commitment.CommitmentListing;
import org.consulta.commitment.CommitmentStage;
import org.consulta.commitment.CommitmentSummary;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanService;
import org.consulta.plan.PolicyArea;
import org.consulta.plan.PolicyAreaService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Params;

import java.util.List;

/** {@code /views/plans/show.xhtml}: a plan and its commitments, filtered and sorted from the query string. */
@Named
@RequestScoped
public class ShowPlanBacking {

    @Inject
    private PlanService plans;
    @Inject
    private CommitmentListing listing;
    @Inject
    private PolicyAreaService areas;
    @Inject
    private org.consulta.consultation.ConsultationService consultationService;
    @Inject
    private org.consulta.tracking.ProgressReader progress;
    @Inject
    private CurrentPage page;
    @Inject
    private CurrentUser user;
    @Inject
    private org.consulta.web.frame.I18nView i18n;

    private ActionPlan plan;
    private List<CommitmentSummary> commitments;
    private List<PolicyArea> policyAreas;
    private org.consulta.consultation.PlanConsultations consultations;
    @Inject
    private org.consulta.proposal.CallService callService;
    private List<org.consulta.proposal.ProposalCall> calls;

    @PostConstruct
    void load() {
        plan = plans.findPlan(page.tenant(), page.param("plan"));
        CommitmentListing.Order order = Params.choice(CommitmentListing.Order.class, "sort");
        commitments = listing.list(page.tenant(), user.id(), plan.getId(), Params.choice(CommitmentStage.class, "stage"),
                Params.id("area"), order == null ? CommitmentListing.Order.REFERENCE : order,
                page.getLanguage(), page.fallbackOrder());
        policyAreas = areas.list(page.tenant());
        consultations = consultationService.planConsultations(page.tenant(), plan.getId(), java.time.Instant.now());
        calls = callService.planCalls(page.tenant(), plan.getId());
    }

    private org.consulta.tracking.PlanProgress dashboard;

    /** The implementation dashboard: completion levels, overdue milestones, last update. */
    public org.consulta.tracking.PlanProgress getDashboard() {
        if (dashboard == null) {
            dashboard = progress.dashboard(page.tenant(), plan.getId(), java.time.LocalDate.now(page.getRepository().zone()));
        }
        return dashboard;
    }

    public org.consulta.tracking.Completion[] getCompletions() { return org.consulta.tracking.Completion.values(); }

    /** The dashboard's levels for {@code p:chart}: commitments per completion level, in the levels' order. */
    public String getLevelsChart() {
        java.util.List<org.consulta.tracking.Completion> levels = java.util.List.of(getCompletions());
        return org.consulta.web.frame.BarChart.of(levels.stream().map(l -> i18n.text("completion." + l.name())).toList(),
                levels.stream().map(l -> getDashboard().levels().getOrDefault(l, 0L)).toList(),
                i18n.text("plans_dashboard.count"), false);
    }

    public ActionPlan getPlan() { return plan; }
    public List<org.consulta.proposal.ProposalCall> getCalls() { return calls; }
    public String callState(org.consulta.proposal.ProposalCall call) { return call.window().state(java.time.Instant.now()).name(); }
    public List<CommitmentSummary> getCommitments() { return commitments; }
    public List<PolicyArea> getPolicyAreas() { return policyAreas; }
    public org.consulta.consultation.PlanConsultations getConsultations() { return consultations; }
    public CommitmentStage[] getStages() { return CommitmentStage.values(); }
    public CommitmentListing.Order[] getOrders() { return CommitmentListing.Order.values(); }
    public String getStage() { return Params.get("stage"); }
    public String getArea() { return Params.get("area"); }
    public String getSort() { return Params.get("sort"); }
}
