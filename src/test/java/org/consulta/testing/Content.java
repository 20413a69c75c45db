package org.consulta.testing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.consulta.account.AccountService;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentForm;
import org.consulta.commitment.CommitmentService;
import org.consulta.commitment.MilestoneForm;
import org.consulta.kernel.Tenant;
import org.consulta.moderation.ModerationMode;
import org.consulta.moderation.ModerationPolicy;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanForm;
import org.consulta.plan.PlanService;
import org.consulta.repository.Repository;
import org.consulta.repository.RepositoryKind;
import org.consulta.repository.RepositoryService;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * In-container tests' way to arrange content: through the application's own use cases, acting as
 * the platform administrator the first start created.
 */
@Stateless
public class Content {

    @Inject
    private jakarta.enterprise.event.Event<org.consulta.comment.DiscussionChanged> discussionChanged;

    @Inject
    private RepositoryService repositories;
    @Inject
    private PlanService plans;
    @Inject
    private CommitmentService commitments;
    @Inject
    private AccountService accounts;
    @Inject
    private org.consulta.repository.RepositoryAdminService repositoryAdmin;
    @Inject
    private org.consulta.consultation.ConsultationService consultations;
    @Inject
    private org.consulta.account.MembershipService memberships;
    @jakarta.persistence.PersistenceContext(unitName = "consulta")
    private jakarta.persistence.EntityManager em;

    public Long admin() {
        return accounts.findByEmail("admin@consulta.invalid").orElseThrow().getId();
    }

    public long newAccount(String prefix) {
        return newAccount(prefix, "fr");
    }

    /** A confirmed account whose chosen language is {@code language}. */
    public long newAccount(String prefix, String language) {
        return accounts.createPreconfirmedAccount(prefix + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org", prefix, "one time password".toCharArray(), language).getId();
    }

    /**
     * Writes into a published version as a careless caller could (a changed copy merged back), and
     * returns what the database then holds: immutability is the mapping's job, not the callers'.
     */
    public String tamperWithVersion(Tenant tenant, long versionId) {
        em.setProperty(org.consulta.kernel.TenantOwned.TENANT_PROPERTY, tenant.id());
        org.consulta.commitment.CommitmentVersion version = em.find(org.consulta.commitment.CommitmentVersion.class, versionId);
        try {
            java.lang.reflect.Field content = version.getClass().getDeclaredField("content");
            content.setAccessible(true);
            content.set(version, org.consulta.commitment.CommitmentText.empty("fr"));
            java.lang.reflect.Field note = version.getClass().getDeclaredField("changeNote");
            note.setAccessible(true);
            note.set(version, "rewritten");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        em.merge(version);
        em.flush();
        return String.valueOf(em.createNativeQuery("SELECT content FROM commitment_version WHERE id = ?")
                .setParameter(1, versionId).setHint("eclipselink.jdbc.allow-native-sql-query", true).getSingleResult());
    }

    /** An account that registered but never confirmed its address. */
    public long newUnconfirmedAccount() {
        long id = 1_000_000_000L + (long) (Math.random() * 400_000_000L);
        em.createNativeQuery("INSERT INTO account (id, version, created_at, email, display_name, password_hash, "
                        + "must_change_password, platform_admin, language, failed_logins) VALUES (?, 1, CURRENT_TIMESTAMP, ?, "
                        + "'Unconfirmed', 'x', FALSE, FALSE, 'fr', 0)")
                .setParameter(1, id).setParameter(2, "u-" + id + "@example.org")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).executeUpdate();
        return id;
    }

    /** Rows in comment_vote for one comment, counted by the database itself. */
    public long voteRows(long commentId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM comment_vote WHERE comment_id = ?")
                .setParameter(1, commentId).setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .getSingleResult()).longValue();
    }

    public org.consulta.comment.Comment comment(Tenant tenant, long id) {
        em.setProperty(org.consulta.kernel.TenantOwned.TENANT_PROPERTY, tenant.id());
        return em.createQuery("SELECT c FROM Comment c WHERE c.id = :id", org.consulta.comment.Comment.class)
                .setParameter("id", id).setHint("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)
                .setHint("eclipselink.refresh", true).getSingleResult();
    }

    /**
     * Copies a commitment's top-level comments {@code times} over, ids far above the sequence's range:
     * a discussion of thousands without thousands of use-case calls, for measuring pages.
     */
    public void multiplyComments(Tenant tenant, long commitmentId, int times) {
        for (int n = 1; n <= times; n++) {
            long offset = 3_000_000_000L + n * 10_000_000L;
            em.createNativeQuery("INSERT INTO comment (id, version, created_at, repository_id, consultation_id, commitment_id, "
                            + "version_number, section_key, quote, body, alignment, language, author_id, parent_id, root_id, depth, "
                            + "edited_at, withdrawn, up_votes, down_votes, score) SELECT id + ?1, version, created_at, repository_id, "
                            + "consultation_id, commitment_id, version_number, section_key, quote, body, alignment, language, "
                            + "author_id, NULL, root_id + ?1, depth, edited_at, withdrawn, up_votes, down_votes, score FROM comment "
                            + "WHERE commitment_id = ?2 AND parent_id IS NULL AND repository_id = ?3 AND id < 3000000000")
                    .setParameter(1, offset).setParameter(2, commitmentId).setParameter(3, tenant.id())
                    .setHint("eclipselink.jdbc.allow-native-sql-query", true).executeUpdate();
        }
        discussionChanged.fire(new org.consulta.comment.DiscussionChanged(commitmentId)); // as the platform does for each change
    }

    /**
     * Lets PostgreSQL's planner know what a bulk copy added, as its autovacuum would within a minute
     * or so: a test measuring right after the copy otherwise measures stale statistics, not the platform.
     */
    public void refreshStatistics() {
        if (String.valueOf(System.getenv("CONSULTA_DB_URL")).startsWith("jdbc:postgresql:")) {
            em.createNativeQuery("ANALYZE comment").setHint("eclipselink.jdbc.allow-native-sql-query", true).executeUpdate();
        }
    }

    /**
     * Doubles a commitment's top-level comments {@code times} times (ids offset by powers of two, far
     * above the sequence): 10 comments become 10 × 2^times, for measuring exports at scale.
     */
    public void doubleComments(Tenant tenant, long commitmentId, int times) {
        for (int k = 0; k < times; k++) {
            long offset = (1L << k) * 10_000_000L;
            em.createNativeQuery("INSERT INTO comment (id, version, created_at, repository_id, consultation_id, commitment_id, "
                            + "version_number, section_key, quote, body, alignment, language, author_id, parent_id, root_id, depth, "
                            + "edited_at, withdrawn, up_votes, down_votes, score, visibility, open_flags) SELECT id + ?1, version, created_at, "
                            + "repository_id, consultation_id, commitment_id, version_number, section_key, quote, body, alignment, language, "
                            + "author_id, NULL, NULL, depth, edited_at, withdrawn, up_votes, down_votes, score, visibility, open_flags FROM comment "
                            + "WHERE commitment_id = ?2 AND parent_id IS NULL AND repository_id = ?3")
                    .setParameter(1, offset).setParameter(2, commitmentId).setParameter(3, tenant.id())
                    .setHint("eclipselink.jdbc.allow-native-sql-query", true).executeUpdate();
        }
        discussionChanged.fire(new org.consulta.comment.DiscussionChanged(commitmentId));
    }

    public void appoint(Tenant tenant, long accountId, org.consulta.account.RepositoryRole role) {
        memberships.appoint(tenant, admin(), accountId, role, null, null);
    }

    /** "language:key" of every mail queued for this account's address. */
    public List<String> queuedMails(long accountId) {
        String email = accounts.findById(accountId).orElseThrow().getEmail();
        return em.createQuery("SELECT m FROM QueuedMail m WHERE m.recipient = :r ORDER BY m.id", org.consulta.kernel.QueuedMail.class)
                .setParameter("r", email).getResultList().stream().map(m -> m.getLanguage() + ":" + m.getMailKey()).toList();
    }

    /** The arguments of the mails queued for the account, oldest first: "key [arg, arg…]". */
    public List<String> queuedMailArgs(long accountId) {
        String email = accounts.findById(accountId).orElseThrow().getEmail();
        return em.createQuery("SELECT m FROM QueuedMail m WHERE m.recipient = :r ORDER BY m.id", org.consulta.kernel.QueuedMail.class)
                .setParameter("r", email).getResultList().stream().map(m -> m.getMailKey() + " " + m.getArgs()).toList();
    }

    /** Turns the repository's machine translation on or off, every kind of text covered (as its settings page would). */
    public void machineTranslation(Tenant tenant, boolean on) {
        em.createNativeQuery("DELETE FROM machine_translation_settings WHERE repository_id = ?").setParameter(1, tenant.id())
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).executeUpdate();
        em.createNativeQuery("INSERT INTO machine_translation_settings (repository_id, enabled, plans, consultations, forum, "
                + "progress, responses, contributions) VALUES (?, ?, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE)")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).setParameter(1, tenant.id()).setParameter(2, on).executeUpdate();
    }

    /** A plan as stored now (not as any cache or context remembers it). */
    public ActionPlan plan(Tenant tenant, long id) {
        em.setProperty(org.consulta.kernel.TenantOwned.TENANT_PROPERTY, tenant.id());
        return em.createQuery("SELECT p FROM ActionPlan p WHERE p.id = :id", ActionPlan.class).setParameter("id", id)
                .setHint("eclipselink.refresh", true).getSingleResult();
    }

    /** A commitment's section translations as "key language STATUS translatedBy", in no particular order. */
    public List<String> sectionTranslations(Tenant tenant, long commitmentId) {
        em.setProperty(org.consulta.kernel.TenantOwned.TENANT_PROPERTY, tenant.id());
        return em.createQuery("SELECT t FROM SectionTranslation t WHERE t.commitmentId = :c", org.consulta.commitment.SectionTranslation.class)
                .setParameter("c", commitmentId).setHint("eclipselink.refresh", true).getResultList().stream()
                .map(t -> t.getSectionKey() + " " + t.getLanguage() + " " + t.getStatus() + " " + t.getTranslatedBy()).toList();
    }

    /** The queue's rows for one item: none once the machine is done with it. */
    public long machineJobs(String entityName, long id) {
        return em.createQuery("SELECT COUNT(j) FROM MachineJob j WHERE j.entityName = :n AND j.entityId = :e", Long.class)
                .setParameter("n", entityName).setParameter("e", id).getSingleResult();
    }

    /** The most failed attempts of the item's queue rows. */
    public long machineAttempts(String entityName, long id) {
        Integer max = em.createQuery("SELECT MAX(j.attempts) FROM MachineJob j WHERE j.entityName = :n AND j.entityId = :e",
                Integer.class).setParameter("n", entityName).setParameter("e", id).getSingleResult();
        return max == null ? 0 : max;
    }

    public Tenant newRepository() {
        String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
        Repository repository = repositories.createRepository(slug, RepositoryKind.LOCAL, List.of("fr", "es", "en"), "fr",
                org.consulta.i18n.LocalizedText.original("fr", "Repo " + slug),
                org.consulta.i18n.LocalizedText.original("fr", "Test repository"));
        return repository.tenant();
    }

    public ActionPlan newPlan(Tenant tenant, String slug) {
        return plans.createPlan(tenant, admin(), planForm(slug));
    }

    public Commitment newCommitment(Tenant tenant, ActionPlan plan, String title, int milestones) {
        return commitments.addDraft(tenant, admin(), plan.getId(), "fr", commitmentForm(title, milestones));
    }

    public static PlanForm planForm(String slug) {
        PlanForm form = new PlanForm();
        form.setSlug(slug);
        form.setOriginalLanguage("fr");
        form.getTitles().put("fr", "Plan " + slug);
        form.getSummaries().put("fr", "Résumé du plan " + slug);
        form.setStart(LocalDate.of(2025, 1, 1));
        form.setEnd(LocalDate.of(2026, 12, 31));
        return form;
    }

    /** A complete commitment in French, with {@code milestones} milestones and two paragraphs of problem. */
    public static CommitmentForm commitmentForm(String title, int milestones) {
        CommitmentForm form = new CommitmentForm();
        form.setTitle(title);
        form.setProblem("Les contrats publics sont difficiles à suivre.\n\nLes données restent dispersées.");
        form.setDescription("Publier les contrats en données ouvertes.");
        form.setLeadInstitution("Direction des achats");
        for (int i = 0; i < milestones; i++) {
            form.getMilestones().add(new MilestoneForm(null, "Livrable " + (i + 1),
                    LocalDate.of(2025, 1, 1).plusMonths(i), LocalDate.of(2025, 6, 30).plusMonths(i)));
        }
        return form;
    }

    /** Writes a flag row behind the services' back, as a second request racing past their check would. */
    public void insertFlagRow(Tenant tenant, long commentId, long flaggerId) {
        em.createNativeQuery("INSERT INTO flag (id, version, created_at, repository_id, target_type, target_id, flagger_id, "
                        + "reason, note, resolved_at) VALUES (?, 1, CURRENT_TIMESTAMP, ?, 'COMMENT', ?, ?, 'SPAM', NULL, NULL)")
                .setParameter(1, 2_200_000_000L + (long) (Math.random() * 100_000_000L)).setParameter(2, tenant.id())
                .setParameter(3, commentId).setParameter(4, flaggerId)
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).executeUpdate();
        em.flush();
    }

    /** Rows of a table for one target, counted by the database (flags of a comment, moderation actions on it…). */
    public long rows(String table, long targetId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE target_id = ?")
                .setParameter(1, targetId).setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .getSingleResult()).longValue();
    }

    public long proposalSupports(long proposalId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM proposal_support WHERE proposal_id = ?")
                .setParameter(1, proposalId).setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .getSingleResult()).longValue();
    }

    /** Switches a repository to pre-moderation (all contributions held, or an account's first {@code first}). */
    public void preModeration(Tenant tenant, int first) {
        org.consulta.repository.RepositorySettings settings = repositoryAdmin.loadSettings(tenant, admin());
        settings.getNames().replaceAll((lang, name) -> name.isBlank() ? "Repo " + lang : name);
        ModerationPolicy policy = settings.part("moderation", ModerationPolicy.class);
        policy.setModerationMode(ModerationMode.PRE);
        policy.setHeldFirstContributions(first);
        repositoryAdmin.updateSettings(tenant, admin(), settings);
    }

    /** A forum member of one constituency, representing {@code organisation}. */
    public void forumMember(Tenant tenant, long accountId, org.consulta.account.Constituency side, String organisation) {
        memberships.appoint(tenant, admin(), accountId, org.consulta.account.RepositoryRole.FORUM_MEMBER, side, organisation);
    }

    /** Moves a ballot's window, as time passing would (the service refuses windows in the past). */
    public void moveBallot(long ballotId, java.time.Instant opens, java.time.Instant closes) {
        em.createNativeQuery("UPDATE ballot SET opens_at = ?, closes_at = ? WHERE id = ?")
                .setParameter(1, java.sql.Timestamp.from(opens)).setParameter(2, java.sql.Timestamp.from(closes))
                .setParameter(3, ballotId).setHint("eclipselink.jdbc.allow-native-sql-query", true).executeUpdate();
    }

    /** Rows of ballot_vote for one ballot, counted by the database. */
    public long ballotRows(long ballotId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM ballot_vote WHERE ballot_id = ?")
                .setParameter(1, ballotId).setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .getSingleResult()).longValue();
    }

    public String email(long accountId) {
        return accounts.findById(accountId).orElseThrow().getEmail();
    }

    /** The milestone keys of a commitment's current version, in order. */
    public List<String> milestoneKeys(Tenant tenant, long commitmentId) {
        em.setProperty(org.consulta.kernel.TenantOwned.TENANT_PROPERTY, tenant.id());
        return em.find(org.consulta.commitment.Commitment.class, commitmentId).getCurrentVersion().getContent().milestones()
                .stream().map(org.consulta.commitment.Milestone::key).toList();
    }

    /** A consultation on every commitment of the plan, announced 20 days ago, open since an hour, for 30 days. */
    public org.consulta.consultation.Consultation openConsultationNow(Tenant tenant, ActionPlan plan) {
        return openConsultationNow(tenant, plan, true);
    }

    /** The same, readable without an account or by signed-in participants only. */
    public org.consulta.consultation.Consultation openConsultationNow(Tenant tenant, ActionPlan plan, boolean anonymousReading) {
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
        org.consulta.consultation.ConsultationForm form = new org.consulta.consultation.ConsultationForm();
        form.setOriginalLanguage("fr");
        form.getTitles().put("fr", "Consultation ouverte");
        form.setAnnouncedOn(now.toLocalDate().minusDays(20));
        form.setOpens(now.minusHours(1));
        form.setCloses(now.plusDays(30));
        form.setAnonymousReading(anonymousReading);
        return consultations.openConsultation(tenant, admin(), plan.getId(), form);
    }
}
