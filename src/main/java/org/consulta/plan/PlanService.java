package org.consulta.plan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.consulta.account.Permissions;
import org.consulta.audit.AuditLog;
import org.consulta.i18n.LocalizedText;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.util.List;

/** Action plans of one repository. Every method is scoped to the {@link Tenant} it is given. */
@Stateless
@TenantScoped
public class PlanService {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Permissions permissions;
    @Inject
    private AuditLog audit;
    @Inject
    private PlanIndexing indexing;

    /** The repository's plans, newest period first (their commitments: {@code CommitmentListing.byPlan}). */
    public List<ActionPlan> listPlans(Tenant tenant) {
        return em.createQuery("SELECT p FROM ActionPlan p ORDER BY p.periodStart DESC", ActionPlan.class)
                .getResultList();
    }

    /** A plan by id, for the features that add to it (commitments, consultations); 404 if not here. */
    public ActionPlan findPlanById(Tenant tenant, long planId) {
        return byId(planId);
    }

    public ActionPlan findPlan(Tenant tenant, String slug) {
        return em.createQuery("SELECT p FROM ActionPlan p WHERE p.slug = :slug", ActionPlan.class)
                .setParameter("slug", slug).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("plan " + slug));
    }

    /** The plan for its editor: administrators only, checked before anything is read. */
    public ActionPlan findPlanToEdit(Tenant tenant, Long actorId, String slug) {
        permissions.require(tenant, actorId, PlanPermissions.MANAGE);
        return findPlan(tenant, slug);
    }

    public ActionPlan createPlan(Tenant tenant, Long actorId, @Valid PlanForm form) {
        permissions.require(tenant, actorId, PlanPermissions.MANAGE);
        form.checkPeriod();
        boolean taken = !em.createQuery("SELECT p.id FROM ActionPlan p WHERE p.slug = :slug", Long.class)
                .setParameter("slug", form.getSlug()).getResultList().isEmpty();
        if (taken) {
            throw new RefusedException("plans.refused.slug_taken", "slug");
        }
        ActionPlan plan = new ActionPlan(form.getSlug(),
                form.apply(LocalizedText.empty(), form.getTitles(), "title", PlanForm.MAX_TITLE, "plans.refused.title_too_long"),
                form.apply(LocalizedText.empty(), form.getSummaries(), "summary", PlanForm.MAX_SUMMARY, "plans.refused.summary_too_long"),
                form.getStart(), form.getEnd());
        em.persist(plan);
        indexing.reindex(tenant, plan);
        audit.record(tenant, actorId, "plan.created", plan.getSlug(), null, form.getStart() + "/" + form.getEnd());
        return plan;
    }

    /** Texts in every language and the period; the address stays, links to the plan keep working. */
    public void updatePlan(Tenant tenant, Long actorId, long planId, @Valid PlanForm form) {
        permissions.require(tenant, actorId, PlanPermissions.MANAGE);
        form.checkPeriod();
        ActionPlan plan = byId(planId);
        plan.edit(form.apply(plan.getTitle(), form.getTitles(), "title", PlanForm.MAX_TITLE, "plans.refused.title_too_long"),
                form.apply(plan.getSummary(), form.getSummaries(), "summary", PlanForm.MAX_SUMMARY, "plans.refused.summary_too_long"),
                form.getStart(), form.getEnd());
        indexing.reindex(tenant, plan);
        audit.record(tenant, actorId, "plan.edited", plan.getSlug(), null, null);
    }

    /** Forward at will; back only with a reason, since the public may have acted on the later stage. */
    public void moveStage(Tenant tenant, Long actorId, long planId, PlanStage next, String reason) {
        permissions.require(tenant, actorId, PlanPermissions.MANAGE);
        ActionPlan plan = byId(planId);
        PlanStage before = plan.getStage();
        if (next == null || next == before) {
            throw new RefusedException("plans.refused.same_stage", "stage");
        }
        boolean back = next.ordinal() < before.ordinal();
        if (back && (reason == null || reason.isBlank())) {
            throw new RefusedException("plans.refused.reason_needed", "reason");
        }
        plan.moveTo(next);
        audit.record(tenant, actorId, back ? "plan.stage_moved_back" : "plan.stage_moved_forward",
                plan.getSlug(), before.name(), next + (back ? ": " + reason.trim() : ""));
    }

    /** The titles of the plans with these slugs, by slug: what a list of commitments of several plans names them by. */
    public java.util.Map<String, org.consulta.i18n.LocalizedText> planTitles(Tenant tenant, java.util.Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("SELECT p FROM ActionPlan p WHERE p.slug IN :slugs", ActionPlan.class).setParameter("slugs", slugs)
                .getResultList().stream().collect(java.util.stream.Collectors.toMap(ActionPlan::getSlug, ActionPlan::getTitle));
    }

    public long countPlans(Tenant tenant) {
        return em.createQuery("SELECT COUNT(p) FROM ActionPlan p", Long.class).getSingleResult();
    }

    /** Plans are public as soon as they exist: indexed in every language as readers see them. */
    private ActionPlan byId(long planId) {
        return em.createQuery("SELECT p FROM ActionPlan p WHERE p.id = :id", ActionPlan.class)
                .setParameter("id", planId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("plan " + planId));
    }
}
