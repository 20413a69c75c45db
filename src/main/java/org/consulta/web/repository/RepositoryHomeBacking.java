package org.consulta.web.repository;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanService;
import org.consulta.web.frame.CurrentPage;

import java.util.List;

/** {@code /views/repository/home.xhtml}: a repository's front page with its action plans and commitments. */
@Named
@RequestScoped
public class RepositoryHomeBacking {

    @Inject
    private PlanService plans;
    @Inject
    private CurrentPage page;

    private List<ActionPlan> loaded;

    public List<ActionPlan> getPlans() {
        if (loaded == null) {
            loaded = plans.listPlans(page.tenant());
        }
        return loaded;
    }
}
