package org.consulta.proposal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Permissions;
import org.consulta.audit.AuditLog;
import org.consulta.consultation.ConsultationSettingsPart;
import org.consulta.consultation.ConsultationWindow;
import org.consulta.i18n.LocalizedText;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanService;
import org.consulta.plan.PlanStage;
import org.consulta.repository.Repository;

import java.time.Instant;
import java.util.List;

/** Opening calls for proposals on plans in co-creation, and finding them. */
@Stateless
@TenantScoped
public class CallService {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 8000;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Permissions permissions;
    @Inject
    private AuditLog audit;
    @Inject
    private ConsultationSettingsPart notice;
    @Inject
    private PlanService plans;

    /**
     * Schedules a call on a plan still in co-creation (once drafting is over, the public comments on drafts
     * instead). A notice shorter than the repository's minimum is refused unless the administrator confirmed
     * it, having been warned: the same rule as consultations.
     */
    public ProposalCall openCall(Tenant tenant, Long actorId, long planId, CallForm form) {
        permissions.require(tenant, actorId, ProposalPermissions.RUN_CALLS);
        ActionPlan plan = plans.findPlanById(tenant, planId);
        if (plan.getStage() != PlanStage.CO_CREATION) {
            throw new RefusedException("proposal_call.refused.stage");
        }
        if (form.getAnnouncedOn() == null) {
            throw new RefusedException("proposal_call.refused.announced", "announcedOn");
        }
        if (form.getOpens() == null) {
            throw new RefusedException("proposal_call.refused.opens", "opens");
        }
        if (form.getCloses() == null) {
            throw new RefusedException("proposal_call.refused.closes", "closes");
        }
        Repository repository = em.find(Repository.class, tenant.id());
        ConsultationWindow window = ConsultationWindow.of(form.getOpens(), form.getCloses(), repository.zone());
        window.requireNotice(form.getAnnouncedOn(), repository.zone(), notice.load(tenant).getMinNoticeDays(),
                form.isShortNoticeConfirmed(), "proposal_call.refused.short_notice");
        String original = repository.getLanguages().contains(form.getOriginalLanguage())
                ? form.getOriginalLanguage() : repository.getDefaultLanguage();
        if (form.getTitles().getOrDefault(original, "").isBlank()) {
            throw new RefusedException("proposal_call.refused.title_missing", "title");
        }
        form.getTitles().values().forEach(t -> length(t, MAX_TITLE, "proposal_call.refused.title_long", "title"));
        form.getDescriptions().values().forEach(t -> length(t, MAX_DESCRIPTION, "proposal_call.refused.description_long", "description"));
        form.getTitles().keySet().removeIf(language -> !repository.getLanguages().contains(language));
        form.getDescriptions().keySet().removeIf(language -> !repository.getLanguages().contains(language));
        form.getDescriptions().putIfAbsent(original, "");
        ProposalCall call = new ProposalCall(plan, LocalizedText.empty().edited(original, form.getTitles()),
                LocalizedText.empty().edited(original, form.getDescriptions()), form.getAnnouncedOn(), window);
        em.persist(call);
        audit.record(tenant, actorId, "proposal_call.opened", plan.getSlug(), null, window.opensAt() + " – " + window.closesAt());
        return call;
    }

    /** Ends an open call now (its proposals went into the drafts, say), with the reason in the audit log. */
    public void endCallEarly(Tenant tenant, Long actorId, long callId, String reason) {
        permissions.require(tenant, actorId, ProposalPermissions.RUN_CALLS);
        ProposalCall call = findCall(tenant, callId);
        if (call.window().state(Instant.now()) == ConsultationWindow.State.CLOSED) {
            throw new RefusedException("proposal_call.refused.closed");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new RefusedException("proposal_call.refused.reason", "reason");
        }
        Instant before = call.getClosesAt();
        call.endNow(Instant.now());
        audit.record(tenant, actorId, "proposal_call.ended", String.valueOf(callId), before.toString(), reason.strip());
    }

    public ProposalCall findCall(Tenant tenant, long callId) {
        return em.createQuery("SELECT c FROM ProposalCall c WHERE c.id = :id", ProposalCall.class).setParameter("id", callId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("call " + callId));
    }

    /** A plan's calls, newest opening first. */
    public List<ProposalCall> planCalls(Tenant tenant, long planId) {
        return em.createQuery("SELECT c FROM ProposalCall c WHERE c.plan.id = :p ORDER BY c.opensAt DESC", ProposalCall.class)
                .setParameter("p", planId).getResultList();
    }

    /** The repository's calls, newest opening first, at most {@code max}. */
    public List<ProposalCall> newestCalls(Tenant tenant, int max) {
        return em.createQuery("SELECT c FROM ProposalCall c ORDER BY c.opensAt DESC", ProposalCall.class)
                .setMaxResults(max).getResultList();
    }

    /** Whether a call is open to online proposals and supports at {@code now}. */
    static void requireOpen(ProposalCall call, Instant now) {
        if (!call.window().isOpen(now)) {
            throw new RefusedException("proposal.refused.closed");
        }
    }

    private static void length(String text, int max, String key, String field) {
        if (text != null && text.length() > max) {
            throw new RefusedException(key, field);
        }
    }
}
