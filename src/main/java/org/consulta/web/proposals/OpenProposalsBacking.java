package org.consulta.web.proposals;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.consultation.ConsultationSettingsPart;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanService;
import org.consulta.proposal.CallForm;
import org.consulta.proposal.CallService;
import org.consulta.proposal.ProposalCall;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

import java.time.LocalDate;

/** {@code /views/proposals/open.xhtml}: opening a call for proposals on a plan in co-creation ({@code …/plans/x/call}). */
@Named
@RequestScoped
public class OpenProposalsBacking {

    @Inject
    private CallService calls;
    @Inject
    private ConsultationSettingsPart notice;
    @Inject
    private PlanService plans;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private ActionPlan plan;
    private final CallForm form = new CallForm();

    @PostConstruct
    void load() {
        plan = plans.findPlanToEdit(page.tenant(), user.id(), page.param("plan"));
        form.setOriginalLanguage(page.getLanguage());
        form.setAnnouncedOn(LocalDate.now(page.getRepository().zone()));
    }

    public void open() {
        ProposalCall call = calls.openCall(page.tenant(), user.id(), plan.getId(), form);
        Faces.done("proposals_open.opened", urls.repositoryPath("/calls/" + call.getId()));
    }

    public ActionPlan getPlan() { return plan; }
    public CallForm getForm() { return form; }
    public String getTimeZone() { return page.getRepository().zone().getId(); }
    public int getMinNotice() { return notice.load(page.tenant()).getMinNoticeDays(); }
    public boolean isCoCreation() { return plan.getStage() == org.consulta.plan.PlanStage.CO_CREATION; }
}
