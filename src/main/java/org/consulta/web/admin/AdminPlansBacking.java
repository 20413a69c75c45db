package org.consulta.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanForm;
import org.consulta.plan.PlanService;
import org.consulta.repository.RepositoryAdminService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

import java.util.List;

/** {@code /views/admin/plans.xhtml}: the repository's plans, and a new one written in the page's language. */
@Named
@RequestScoped
public class AdminPlansBacking {

    @Inject
    private PlanService plans;
    @Inject
    private RepositoryAdminService admin;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private List<ActionPlan> list;
    private final PlanForm form = new PlanForm();

    @PostConstruct
    void load() {
        admin.loadSettings(page.tenant(), user.id());
        list = plans.listPlans(page.tenant());
        form.setOriginalLanguage(page.getLanguage());
    }

    public void create() {
        ActionPlan plan = plans.createPlan(page.tenant(), user.id(), form);
        Faces.done("admin_plans.created", urls.repositoryPath("/plans/" + plan.getSlug() + "/"));
    }

    public List<ActionPlan> getPlans() { return list; }
    public PlanForm getForm() { return form; }
}
