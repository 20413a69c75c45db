package org.consulta.consultation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.consulta.account.Permissions;
import org.consulta.audit.AuditLog;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentListing;
import org.consulta.i18n.LocalizedText;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanService;
import org.consulta.repository.Repository;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Opening consultations, and finding the one a contribution belongs to. */
@Stateless
@TenantScoped
public class ConsultationService {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 8000;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Permissions permissions;
    @Inject
    private AuditLog audit;
    @Inject
    private ConsultationSettingsPart defaults;
    @Inject
    private PlanService plans;
    @Inject
    private CommitmentListing listing;

    /**
     * Schedules a consultation. A notice shorter than the repository's minimum is refused unless the
     * administrator confirmed it, having been warned (OGP asks for advance notice to the public).
     */
    public Consultation openConsultation(Tenant tenant, Long actorId, long planId, @Valid ConsultationForm form) {
        permissions.require(tenant, actorId, ConsultationPermissions.RUN);
        Repository repository = em.find(Repository.class, tenant.id());
        ConsultationWindow window = ConsultationWindow.of(form.getOpens(), form.getCloses(), repository.zone());
        window.requireNotice(form.getAnnouncedOn(), repository.zone(), defaults.load(tenant).getMinNoticeDays(),
                form.isShortNoticeConfirmed(), "consultation.refused.short_notice");
        String original = form.getOriginalLanguage();
        if (form.getTitles().getOrDefault(original, "").isBlank()) {
            throw new RefusedException("consultation.refused.title_missing", "title");
        }
        form.getTitles().forEach((language, t) -> length(t, MAX_TITLE, language, "consultation.refused.title_too_long"));
        form.getDescriptions().forEach((language, t) -> length(t, MAX_DESCRIPTION, language, "consultation.refused.description_too_long"));
        form.getDescriptions().putIfAbsent(original, "");
        ActionPlan plan = plans.findPlanById(tenant, planId);
        List<Long> ids = form.getCommitments().stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
        List<Commitment> chosen = listing.chosen(tenant, planId, ids);
        if (chosen.size() != ids.size()) {
            throw new RefusedException("consultation.refused.unknown_commitment", "commitments");
        }
        Consultation consultation = new Consultation(plan,
                LocalizedText.empty().edited(original, form.getTitles()),
                LocalizedText.empty().edited(original, form.getDescriptions()),
                form.getAnnouncedOn(), window, form.isAnonymousReading(), chosen);
        em.persist(consultation);
        audit.record(tenant, actorId, "consultation.scheduled", plan.getSlug(), null,
                window.opensAt() + " – " + window.closesAt());
        return consultation;
    }

    /** Moves the closing of a running or planned consultation later (or earlier, not into the past), with a public reason. */
    public void moveClosing(Tenant tenant, Long actorId, long consultationId, java.time.LocalDateTime closes,
                            String reason, String language) {
        if (closes == null) {
            throw new RefusedException("consultation.refused.closing_past", "closes");
        }
        Repository repository = em.find(Repository.class, tenant.id());
        close(tenant, actorId, consultationId, closes.atZone(repository.zone()).toInstant(), reason, language);
    }

    /** Ends a consultation now, with a reason the public reads on its page; its report is then public. */
    public void endEarly(Tenant tenant, Long actorId, long consultationId, String reason, String language) {
        close(tenant, actorId, consultationId, Instant.now(), reason, language);
    }

    private void close(Tenant tenant, Long actorId, long consultationId, Instant moved, String reason, String language) {
        permissions.require(tenant, actorId, ConsultationPermissions.RUN);
        Consultation consultation = em.createQuery("SELECT c FROM Consultation c WHERE c.id = :id", Consultation.class)
                .setParameter("id", consultationId).getResultStream().findFirst()
                .orElseThrow(() -> new org.consulta.kernel.NotFoundException("consultation " + consultationId));
        Instant now = Instant.now();
        if (consultation.window().state(now) == ConsultationWindow.State.CLOSED) {
            throw new RefusedException("consultation.refused.already_closed");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new RefusedException("consultation.refused.closing_reason", "reason");
        }
        if (moved.isBefore(now.minusSeconds(1))) {
            throw new RefusedException("consultation.refused.closing_past", "closes");
        }
        Repository repository = em.find(Repository.class, tenant.id());
        Instant before = consultation.getClosesAt();
        consultation.moveClosing(moved, LocalizedText.original(
                repository.getLanguages().contains(language) ? language : repository.getDefaultLanguage(), reason.strip()));
        audit.record(tenant, actorId, "consultation.closing_changed", String.valueOf(consultationId), before.toString(),
                moved + ": " + reason.strip());
    }

    /** A plan's consultations, newest first, for its page (commitments batch-fetched: two statements). */
    /** The repository's consultations, newest opening first, at most {@code max} (for filters). */
    public List<Consultation> newestFirst(Tenant tenant, int max) {
        return em.createQuery("SELECT c FROM Consultation c ORDER BY c.opensAt DESC", Consultation.class)
                .setMaxResults(max).getResultList();
    }

    public PlanConsultations planConsultations(Tenant tenant, long planId, Instant now) {
        List<Consultation> all = em.createQuery("SELECT c FROM Consultation c WHERE c.plan.id = :plan ORDER BY c.opensAt DESC",
                Consultation.class).setParameter("plan", planId).getResultList();
        all.forEach(c -> c.getCommitments().size());
        return new PlanConsultations(all, now);
    }

    /** The consultation open at {@code now} that covers this commitment, if any. */
    public Optional<Consultation> openFor(Tenant tenant, Commitment commitment, Instant now) {
        return em.createQuery("SELECT c FROM Consultation c WHERE c.plan.id = :plan AND c.opensAt <= :now "
                        + "AND c.closesAt > :now", Consultation.class)
                .setParameter("plan", commitment.getPlan().getId()).setParameter("now", now)
                .getResultStream().filter(c -> c.covers(commitment)).findFirst();
    }

    /** Whether the discussion of this commitment is readable by this person (null: not signed in). */
    public boolean discussionReadableBy(Tenant tenant, Commitment commitment, Long viewerId, Instant now) {
        return viewerId != null || !membersOnlyDiscussions(tenant, now).contains(commitment.getId());
    }

    /**
     * The commitments whose discussion only signed-in participants may read at {@code now}: those of a
     * consultation not yet closed whose administrators turned reading without an account off. Pages,
     * open-data files and the API all read by this one rule.
     */
    public Set<Long> membersOnlyDiscussions(Tenant tenant, Instant now) {
        Set<Long> ids = new HashSet<>();
        for (Consultation c : em.createQuery("SELECT c FROM Consultation c WHERE c.closesAt > :now AND c.anonymousReading = :no",
                        Consultation.class).setParameter("now", now).setParameter("no", false)
                .setHint("eclipselink.jdbc.bind-parameters", "true").getResultList()) {
            List<Long> chosen = c.commitmentIds();
            ids.addAll(!chosen.isEmpty() ? chosen : listing.ids(tenant, c.getPlan().getId()));
        }
        return ids;
    }

    private static void length(String text, int max, String language, String key) {
        if (text != null && text.length() > max) {
            throw RefusedException.with(key, null, new org.consulta.kernel.Refusal.LanguageName(language), max);
        }
    }
}
