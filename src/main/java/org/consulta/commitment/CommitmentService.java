package org.consulta.commitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.consulta.account.Permissions;
import org.consulta.audit.AuditLog;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanService;
import org.consulta.plan.PolicyArea;
import org.consulta.plan.PolicyAreaService;

import java.util.List;

/**
 * What editors do to commitments: draft, publish a numbered version, move the stage. Administrators
 * of the repository only; every change lands in the audit log.
 */
@Stateless
@TenantScoped
public class CommitmentService {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private jakarta.enterprise.event.Event<VersionPublished> published;
    @Inject
    private Permissions permissions;
    @Inject
    private AuditLog audit;
    @Inject
    private CommitmentIndexing indexing;
    @Inject
    private PlanService plans;
    @Inject
    private PolicyAreaService areas;

    /** A new commitment at the end of the plan, written in {@code language}; unpublished until published. */
    public Commitment addDraft(Tenant tenant, Long actorId, long planId, String language, @Valid CommitmentForm form) {
        permissions.require(tenant, actorId, CommitmentPermissions.EDIT);
        ActionPlan plan = plans.findPlanById(tenant, planId);
        int next = em.createQuery("SELECT COALESCE(MAX(c.sortOrder), 0) FROM Commitment c WHERE c.plan = :plan", Integer.class)
                .setParameter("plan", plan).getSingleResult() + 1;
        Commitment commitment = new Commitment(plan, next, Drafting.apply(CommitmentText.empty(language), form));
        commitment.edit(commitment.getDraft(), policyAreas(tenant, form.getPolicyAreas()));
        em.persist(commitment);
        audit.record(tenant, actorId, "commitment.created", plan.getSlug() + "/" + commitment.getReference(), null, null);
        return commitment;
    }

    /** The draft for the editor; a person without the role gets a refusal, not the text. */
    public Commitment loadDraft(Tenant tenant, Long actorId, String planSlug, String reference) {
        permissions.require(tenant, actorId, CommitmentPermissions.EDIT);
        return CommitmentQueries.find(em, planSlug, reference);
    }

    public void saveDraft(Tenant tenant, Long actorId, long commitmentId, @Valid CommitmentForm form) {
        permissions.require(tenant, actorId, CommitmentPermissions.EDIT);
        Commitment commitment = CommitmentQueries.byId(em, commitmentId);
        commitment.edit(Drafting.apply(commitment.getDraft(), form), policyAreas(tenant, form.getPolicyAreas()));
        audit.record(tenant, actorId, "commitment.draft_saved", label(commitment), null, null);
    }

    /** The draft becomes the next numbered version, which nothing will change afterwards. */
    public CommitmentVersion publishDraft(Tenant tenant, Long actorId, long commitmentId, String changeNote) {
        permissions.require(tenant, actorId, CommitmentPermissions.EDIT);
        Commitment commitment = CommitmentQueries.byId(em, commitmentId);
        if (!commitment.isDraftChanged()) {
            throw new RefusedException("commitment.refused.nothing_to_publish");
        }
        if (changeNote != null && changeNote.length() > 2000) {
            throw new RefusedException("commitment.refused.note_too_long", "note");
        }
        CommitmentVersion version = commitment.publish(changeNote, actorId);
        em.persist(version);
        indexing.reindex(tenant, commitment);
        audit.record(tenant, actorId, "commitment.published", label(commitment), null, "v" + version.getNumber());
        published.fire(new VersionPublished(tenant, commitment.getId(), version.getNumber(), actorId));
        return version;
    }

    /** Withdrawing needs a reason the public will read; any other move is free. */
    public void moveStage(Tenant tenant, Long actorId, long commitmentId, CommitmentStage next, String reason) {
        permissions.require(tenant, actorId, CommitmentPermissions.EDIT);
        Commitment commitment = CommitmentQueries.byId(em, commitmentId);
        if (next == null || next == commitment.getStage()) {
            throw new RefusedException("commitment.refused.same_stage", "stage");
        }
        if (next == CommitmentStage.WITHDRAWN && (reason == null || reason.isBlank() || reason.length() > 2000)) {
            throw new RefusedException("commitment.refused.withdrawal_reason", "reason");
        }
        CommitmentStage before = commitment.getStage();
        commitment.moveTo(next, reason == null ? null : reason.trim());
        audit.record(tenant, actorId, "commitment.stage_changed", label(commitment), before.name(),
                next + (reason == null || reason.isBlank() ? "" : ": " + reason.trim()));
    }

    private List<PolicyArea> policyAreas(Tenant tenant, List<String> ids) {
        List<Long> parsed = ids.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
        if (parsed.isEmpty()) {
            return List.of();
        }
        List<PolicyArea> found = areas.byIds(tenant, parsed);
        if (found.size() != parsed.size()) {
            throw new RefusedException("commitment.refused.unknown_policy_area", "policyAreas");
        }
        return found;
    }

    private static String label(Commitment commitment) {
        return commitment.getPlan().getSlug() + "/" + commitment.getReference();
    }
}
