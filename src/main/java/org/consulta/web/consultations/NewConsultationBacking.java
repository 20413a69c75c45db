package org.consulta.web.consultations;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.commitment.CommitmentListing;
import org.consulta.commitment.CommitmentSummary;
import org.consulta.consultation.ConsultationForm;
import org.consulta.consultation.ConsultationService;
import org.consulta.consultation.ConsultationSettingsPart;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

import java.time.LocalDate;
import java.util.List;

/** {@code /views/consultations/new.xhtml}: scheduling a consultation on a plan ({@code …/plans/x/consult}). */
@Named
@RequestScoped
public class NewConsultationBacking {

    @Inject
    private ConsultationService consultations;
    @Inject
    private ConsultationSettingsPart defaults;
    @Inject
    private PlanService plans;
    @Inject
    private CommitmentListing listing;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private ActionPlan plan;
    private List<CommitmentSummary> commitments;
    private final ConsultationForm form = new ConsultationForm();

    @PostConstruct
    void load() {
        plan = plans.findPlanToEdit(page.tenant(), user.id(), page.param("plan"));
        commitments = listing.list(page.tenant(), user.id(), plan.getId(), null, null, CommitmentListing.Order.REFERENCE,
                page.getLanguage(), page.fallbackOrder());
        form.setOriginalLanguage(page.getLanguage());
        form.setAnnouncedOn(LocalDate.now(page.getRepository().zone()));
    }

    public void schedule() {
        consultations.openConsultation(page.tenant(), user.id(), plan.getId(), form);
        Faces.done("consultations_new.scheduled", urls.repositoryPath("/plans/" + plan.getSlug() + "/"));
    }

    public ActionPlan getPlan() { return plan; }
    public List<CommitmentSummary> getCommitments() { return commitments; }
    public ConsultationForm getForm() { return form; }
    public String getTimeZone() { return page.getRepository().zone().getId(); }
    public int getMinNotice() { return defaults.load(page.tenant()).getMinNoticeDays(); }
}
