package org.consulta.web.plans;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanForm;
import org.consulta.plan.PlanService;
import org.consulta.plan.PlanStage;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

/** {@code /views/plans/edit.xhtml}: a plan's texts in every language side by side, its period and its stage. */
@Named
@RequestScoped
public class EditPlanBacking {

    @Inject
    private PlanService plans;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private ActionPlan plan;
    private PlanForm form;
    private PlanStage nextStage;
    private String reason;

    @PostConstruct
    void load() {
        plan = plans.findPlanToEdit(page.tenant(), user.id(), page.param("plan"));
        form = PlanForm.of(plan);
    }

    public void save() {
        plans.updatePlan(page.tenant(), user.id(), plan.getId(), form);
        Faces.done("plans_edit.saved", urls.repositoryPath("/plans/" + plan.getSlug() + "/edit"));
    }

    public void moveStage() {
        plans.moveStage(page.tenant(), user.id(), plan.getId(), nextStage, reason);
        Faces.done("plans_edit.stage_moved", urls.repositoryPath("/plans/" + plan.getSlug() + "/edit"));
    }

    public ActionPlan getPlan() { return plan; }
    public PlanForm getForm() { return form; }
    public PlanStage[] getStages() { return PlanStage.values(); }
    public PlanStage getNextStage() { return nextStage; }
    public void setNextStage(PlanStage nextStage) { this.nextStage = nextStage; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
