package org.consulta.plan;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.i18n.LocalizedText;
import org.consulta.tenant.Tenant;
import org.consulta.tenant.TenantScoped;

import java.time.LocalDate;
import java.util.List;

/** Action plans of one repository. Every method is scoped to the {@link Tenant} it is given. */
@Stateless
@TenantScoped
public class PlanService {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    /** The repository's plans, newest period first, with their commitments loaded in the same query. */
    public List<ActionPlan> listPlans(Tenant tenant) {
        return em.createQuery("SELECT DISTINCT p FROM ActionPlan p LEFT JOIN FETCH p.commitments "
                        + "ORDER BY p.periodStart DESC", ActionPlan.class)
                .getResultList();
    }

    public ActionPlan createPlan(Tenant tenant, String slug, LocalizedText title, LocalizedText summary,
                                 LocalDate periodStart, LocalDate periodEnd) {
        ActionPlan plan = new ActionPlan(slug, title, summary, periodStart, periodEnd);
        em.persist(plan);
        return plan;
    }

    public long countPlans(Tenant tenant) {
        return em.createQuery("SELECT COUNT(p) FROM ActionPlan p", Long.class).getSingleResult();
    }
}
