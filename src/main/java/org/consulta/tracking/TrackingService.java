package org.consulta.tracking;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Account;
import org.consulta.account.AccountService;
import org.consulta.account.Permissions;
import org.consulta.audit.AuditLog;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentReader;
import org.consulta.commitment.CommitmentStage;
import org.consulta.i18n.LocalizedText;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;
import org.consulta.plan.UploadedDocument;
import org.consulta.repository.Repository;

import java.io.InputStream;

/**
 * Progress of adopted commitments, written by the people appointed for each (or administrators):
 * a milestone's status with a note, evidence for every change of status; or the completion level set
 * by hand with a reason. Every update is a new row, public, never edited.
 */
@Stateless
@TenantScoped
public class TrackingService {

    static final int NOTE_MAX = 4000;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private TrackingPermissions permissions;
    @Inject
    private Permissions rights;
    @Inject
    private AuditLog audit;
    @Inject
    private CommitmentReader commitments;
    @Inject
    private ProgressRecords progress;
    @Inject
    private AccountService accounts;

    /** The person is found by the e-mail address of their confirmed account. */
    public void appointReporter(Tenant tenant, Long adminId, String planSlug, String reference, String email) {
        rights.require(tenant, adminId, TrackingPermissions.APPOINT);
        Commitment commitment = commitments.find(tenant, planSlug, reference);
        Account account = email == null ? null : accounts.findByEmail(email.strip()).orElse(null);
        if (account == null || account.isDeleted() || !account.isConfirmed()) {
            throw new RefusedException("tracking.refused.no_account", "reporter");
        }
        Long accountId = account.getId();
        if (progress.isReporter(commitment.getId(), accountId)) {
            throw new RefusedException("tracking.refused.already_reporter", "reporter");
        }
        em.persist(new Reporter(commitment.getId(), accountId));
        audit.record(tenant, adminId, "tracking.reporter_appointed", reference, null, account.getEmail());
    }

    /** {@code document} may be null (no file); {@code declaredSize} is the upload's announced size. */
    public ProgressUpdate reportMilestone(Tenant tenant, Long authorId, String planSlug, String reference, MilestoneReport report,
                                          String documentName, long declaredSize, InputStream document) {
        Commitment commitment = reportable(tenant, authorId, planSlug, reference);
        boolean known = commitment.getCurrentVersion().getContent().milestones().stream()
                .anyMatch(m -> m.key().equals(report.getMilestoneKey()));
        if (!known) {
            throw new RefusedException("tracking.refused.milestone", "milestone");
        }
        if (report.getStatus() == null) {
            throw new RefusedException("tracking.refused.status", "status");
        }
        Evidence evidence = new Evidence(url(report.getEvidenceUrl()),
                document == null ? null : UploadedDocument.read(documentName, declaredSize, document));
        MilestoneStatus before = progress.latestStatus(commitment.getId(), report.getMilestoneKey());
        if (report.getStatus() != before && !evidence.isPresent()) {
            throw new RefusedException("tracking.refused.evidence", "evidence");
        }
        ProgressUpdate update = ProgressUpdate.milestone(commitment.getId(), authorId, report.getMilestoneKey(),
                report.getStatus(), note(tenant, report.getNote(), report.getLanguage()), evidence);
        em.persist(update);
        audit.record(tenant, authorId, "tracking.milestone_reported", reference + " " + report.getMilestoneKey(),
                before.name(), report.getStatus().name());
        return update;
    }

    /** The level set by hand, with the reason shown next to it; it stands until newer milestone evidence. */
    public void overrideCompletion(Tenant tenant, Long authorId, String planSlug, String reference, Completion level,
                                   String reason, String language) {
        Commitment commitment = reportable(tenant, authorId, planSlug, reference);
        if (level == null) {
            throw new RefusedException("tracking.refused.completion", "completion");
        }
        em.persist(ProgressUpdate.completion(commitment.getId(), authorId, level, note(tenant, reason, language)));
        audit.record(tenant, authorId, "tracking.completion_set", reference, null, level.name());
    }

    private Commitment reportable(Tenant tenant, Long authorId, String planSlug, String reference) {
        Commitment commitment = commitments.find(tenant, planSlug, reference);
        if (!permissions.canReport(tenant, authorId, commitment.getId())) {
            throw new org.consulta.account.AccessDeniedException(authorId + " does not report on " + reference);
        }
        if (commitment.getStage() != CommitmentStage.FINAL || !commitment.isPublished()) {
            throw new RefusedException("tracking.refused.not_adopted");
        }
        return commitment;
    }

    private LocalizedText note(Tenant tenant, String note, String language) {
        if (note == null || note.isBlank()) {
            throw new RefusedException("tracking.refused.note", "note");
        }
        if (note.length() > NOTE_MAX) {
            throw new RefusedException("tracking.refused.note", "note");
        }
        Repository repository = em.find(Repository.class, tenant.id());
        return LocalizedText.original(repository.getLanguages().contains(language) ? language : repository.getDefaultLanguage(),
                note.strip());
    }

    private static String url(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String url = typed.strip();
        if (url.length() > 2000 || !url.matches("(?i)https?://[^\\s<>\"]+")) {
            throw new RefusedException("tracking.refused.url", "evidenceUrl");
        }
        return url;
    }
}
