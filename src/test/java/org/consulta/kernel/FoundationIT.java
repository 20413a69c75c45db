package org.consulta.kernel;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.consulta.account.Account;
import org.consulta.account.AccountService;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentReader;
import org.consulta.commitment.CommitmentService;
import org.consulta.commitment.ShownCommitment;
import org.consulta.i18n.ContentLabel;
import org.consulta.i18n.LocalizedText;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanService;
import org.consulta.repository.Repository;
import org.consulta.repository.RepositoryKind;
import org.consulta.repository.RepositoryService;
import org.consulta.testing.Content;
import org.consulta.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The foundation inside the real WAR on Payara Micro: seed, tenant isolation, migrations, bootstrap account. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar(FoundationIT.class, Content.class);
    }

    @Inject
    RepositoryService repositories;
    @Inject
    PlanService plans;
    @Inject
    org.consulta.commitment.CommitmentListing listing;
    @Inject
    CommitmentService commitments;
    @Inject
    AccountService accounts;
    @Inject
    CommitmentReader reader;
    @Inject
    Content content;
    @Inject
    org.consulta.comment.CommentReader threads;
    @Inject
    org.consulta.plan.PlanDocumentService documents;
    @Inject
    org.consulta.plan.PolicyAreaService areas;
    @Inject
    org.consulta.consultation.ConsultationService consultations;
    @Inject
    org.consulta.comment.ConsultationReport report;
    @Inject
    org.consulta.moderation.ModerationQueue moderationQueue;
    @Inject
    org.consulta.moderation.AppealQueue appealQueue;
    @Inject
    org.consulta.moderation.TransparencyReport transparency;
    @Inject
    org.consulta.forum.ForumService forums;
    @Inject
    org.consulta.tracking.ProgressReader progress;
    @Inject
    org.consulta.forum.BallotService ballots;
    @Inject
    org.consulta.forum.BallotResults ballotResults;
    @Resource(lookup = "java:app/jdbc/consulta")
    DataSource dataSource;

    @Test
    void theDemoRepositoryIsSeededWithAPlanAndThreePublishedCommitmentsInThreeLanguages() {
        Repository demo = repositories.findActive("demo").orElseThrow();
        assertEquals(List.of("fr", "es", "en"), demo.getLanguages());
        assertEquals(List.of("2023-2025", "2025-2027", "2027-2029"), plans.listPlans(demo.tenant()).stream().map(ActionPlan::getSlug).sorted().toList(),
                "the plan under consultation, the previous one in implementation, the next one in co-creation (an open call)");
        List<ActionPlan> demoPlans = plans.listPlans(demo.tenant()).stream().filter(p -> p.getSlug().equals("2025-2027")).toList();
        List<Commitment> seeded = listing.byPlan(demo.tenant(), List.of(demoPlans.get(0).getId())).get(demoPlans.get(0).getId());
        assertEquals(List.of("C1", "C2", "C3"), seeded.stream().map(Commitment::getReference).toList());
        for (Commitment c : seeded) {
            assertTrue(c.isPublished(), c.getReference());
            for (String lang : List.of("fr", "es", "en")) {
                ShownCommitment shown = reader.show(demo.tenant(), null, "2025-2027", c.getReference(), null, false,
                        lang, demo.fallbackOrder());
                assertEquals(lang, shown.getTitle().language(), c.getReference() + " title in " + lang);
                assertFalse(shown.getFields().get("PROBLEM").isEmpty());
            }
        }
        assertEquals(2, seeded.get(0).getVersionCount(), "C1 was revised once");
        ShownCommitment english = reader.show(demo.tenant(), null, "2025-2027", "C1", null, false, "en", demo.fallbackOrder());
        assertTrue(english.getMilestones().stream().anyMatch(m -> m.deliverable().label("en") == ContentLabel.OTHER_LANGUAGE),
                "the milestone added in version 2 is deliberately left untranslated");
        assertEquals(ContentLabel.OUTDATED, english.getFields().get("DESCRIPTION").get(0).text().label("en"),
                "the English description predates the revision");
        assertEquals(1, documents.listDocuments(demo.tenant(), demoPlans.get(0).getId()).size());
        assertTrue(areas.list(demo.tenant()).size() >= 3);
        var discussion = threads.threads(demo.tenant(), null, "2025-2027", "C1", org.consulta.comment.CommentReader.Order.SUPPORT, 0, null);
        assertEquals(2, discussion.total(), "an open demo consultation with comments in several languages");
        assertEquals(1, discussion.getAnswered());
        assertEquals(1, discussion.threads().stream().mapToInt(t -> t.replies().size()).sum());
        assertEquals("es", seeded.get(0).getDraft().language());
        var rounds = consultations.planConsultations(demo.tenant(), demoPlans.get(0).getId(), java.time.Instant.now());
        assertEquals(List.of("OPEN", "CLOSED"), rounds.getAll().stream().map(rounds::state).sorted(java.util.Comparator.reverseOrder()).toList(),
                "one open consultation and one closed, with its report");
        var closed = rounds.getAll().stream().filter(c -> rounds.state(c).equals("CLOSED")).findFirst().orElseThrow();
        var summary = report.summary(demo.tenant(), closed.getId());
        assertEquals(2, summary.contributions());
        assertEquals(2, summary.answered());
        assertEquals(2, report.contributions(demo.tenant(), null, closed.getId(), 0).size());
    }

    @Test
    void theDemoPreviousPlanShowsImplementationProgressWithEvidence() {
        Tenant demo = repositories.getActive("demo").tenant();
        long planId = plans.findPlan(demo, "2023-2025").getId();
        var dashboard = progress.dashboard(demo, planId, java.time.LocalDate.now());
        assertEquals(2, dashboard.getCommitments());
        assertEquals(1L, dashboard.getLevels().get(org.consulta.tracking.Completion.COMPLETE), "set by hand, with its reason");
        assertEquals(1L, dashboard.getLevels().get(org.consulta.tracking.Completion.LIMITED));
        assertTrue(dashboard.getOverdue().size() >= 2, "the water milestones ended in 2024–2025");
        var budget = progress.progress(demo, null, "2023-2025", "C1");
        assertEquals(4, budget.getHistory().size());
        assertTrue(budget.getHistory().stream().anyMatch(u -> "acta-prueba-prototipo.pdf".equals(u.getEvidenceName())));
        assertEquals(org.consulta.tracking.Completion.SUBSTANTIAL, budget.getDerived());
    }

    @Test
    void theDemoForumHasBothConstituenciesTwoMeetingsAClosedRankedBallotAndAnOpenApprovalBallot() {
        Tenant demo = repositories.getActive("demo").tenant();
        var forum = forums.forum(demo, java.time.LocalDate.now());
        assertEquals(2, forum.members().get(org.consulta.account.Constituency.GOVERNMENT).size());
        assertEquals(2, forum.members().get(org.consulta.account.Constituency.CIVIL_SOCIETY).size());
        assertEquals(2, forum.meetings().size());
        assertFalse(forum.overdue(), "it met twenty days ago");
        assertEquals("acta-firmada-foro.pdf", forum.meetings().get(0).getMinutesName(), "the last meeting's signed minutes");
        var all = ballots.ballots(demo);
        assertEquals(2, all.size());
        java.time.Instant now = java.time.Instant.now();
        var closed = all.stream().filter(b -> b.isClosedAt(now)).findFirst().orElseThrow();
        assertEquals(org.consulta.forum.BallotMethod.RANKED, closed.getMethod());
        var result = ballotResults.results(demo, closed.getId(), now).orElseThrow();
        assertEquals(4, result.overall().ballots());
        assertTrue(result.isSidesAgree(), "both constituencies rank open contracting first");
        assertEquals(List.of(0), result.overall().standing().first());
        var open = all.stream().filter(b -> b.isOpenAt(now)).findFirst().orElseThrow();
        assertEquals(org.consulta.forum.BallotMethod.APPROVAL, open.getMethod());
        assertTrue(ballotResults.results(demo, open.getId(), now).isEmpty(), "its results wait for the closing");
    }

    @Test
    void theDemoRepositoryHasFlaggedAndHiddenItemsAnAppealAndMonthlyFigures() {
        Tenant demo = repositories.getActive("demo").tenant();
        long martin = accounts.findByEmail("demo-moderator@consulta.invalid").orElseThrow().getId();
        long ana = accounts.findByEmail("demo-admin@consulta.invalid").orElseThrow().getId();
        var flagged = moderationQueue.contributions(demo, martin, new org.consulta.moderation.QueueFilter(
                org.consulta.moderation.QueueFilter.Tab.FLAGGED, null, null, org.consulta.moderation.QueueFilter.Sort.FLAGS, 0));
        assertEquals(List.of(3L, 1L), flagged.getItems().stream().map(i -> i.getFlags().values().stream().mapToLong(Long::longValue).sum()).toList(),
                "the spam hidden by three flags, then the off-topic contribution flagged once");
        var hidden = moderationQueue.contributions(demo, martin, new org.consulta.moderation.QueueFilter(
                org.consulta.moderation.QueueFilter.Tab.HIDDEN, null, null, null, 0));
        assertEquals(2, hidden.getTotal());
        var appeal = appealQueue.appeals(demo, martin, 0).getItems();
        assertEquals(1, appeal.size());
        assertFalse(appeal.get(0).isDecidable(), "Martin hid it: Ana decides");
        assertTrue(appealQueue.appeals(demo, ana, 0).getItems().get(0).isDecidable());
        assertEquals(1, appealQueue.accounts(demo, martin, 0).get(1).getTotal(), "the spammer is blocked");
        var month = transparency.months(demo, 12, java.time.Instant.now()).get(0);
        assertEquals(2, month.getFlagged());
        assertEquals(2, month.getHiddenTotal());
        assertEquals(1, month.getAppealed());
        assertEquals(1, month.getBlocked());
    }

    @Test
    void dataOfOneRepositoryNeverAppearsInAnother() {
        Tenant a = content.newRepository();
        Tenant b = content.newRepository();
        ActionPlan planA = content.newPlan(a, "plan-a");
        ActionPlan planB = content.newPlan(b, "plan-b");
        content.newCommitment(a, planA, "A1", 0);
        content.newCommitment(b, planB, "B1", 0);
        content.newCommitment(b, planB, "B2", 0);

        assertEquals(List.of("plan-a"), plans.listPlans(a).stream().map(ActionPlan::getSlug).toList());
        assertEquals(List.of("plan-b"), plans.listPlans(b).stream().map(ActionPlan::getSlug).toList());
        assertEquals(List.of("A1"), titles(a));
        assertEquals(List.of("B1", "B2"), titles(b));
        assertEquals(1, plans.countPlans(a));
    }

    @Test
    void theRepositoryPagesQueryCountDoesNotGrowWithItsCommitments() {
        Tenant small = content.newRepository();
        Tenant large = content.newRepository();
        ActionPlan few = content.newPlan(small, "few");
        ActionPlan many = content.newPlan(large, "many");
        for (int i = 0; i < 3; i++) {
            content.newCommitment(small, few, "c" + i, 0);
        }
        for (int i = 0; i < 40; i++) {
            content.newCommitment(large, many, "c" + i, 0);
        }
        content.newPlan(large, "another");
        int smallCount = statementsFor(() -> commitmentsOf(small));
        int largeCount = statementsFor(() -> commitmentsOf(large));
        assertEquals(smallCount, largeCount, "statements for 1 plan × 3 commitments vs 2 plans × 40 commitments");
        assertTrue(largeCount >= 1 && largeCount <= 2, "plans in one query, their commitments in one more, counted: " + largeCount);
        System.out.println("SQL statements for a repository's plans and commitments: " + largeCount);
        assertEquals(40, commitmentsOf(large).size());
    }

    private static int statementsFor(Runnable pageQueries) {
        org.consulta.kernel.SqlStatementCounter.reset();
        pageQueries.run();
        return org.consulta.kernel.SqlStatementCounter.count();
    }

    @Test
    void aRepositoryCannotWriteIntoAnotherRepositorysPlan() {
        Tenant a = content.newRepository();
        Tenant b = content.newRepository();
        ActionPlan planB = content.newPlan(b, "target");

        assertThrows(NotFoundException.class,
                () -> commitments.addDraft(a, content.admin(), planB.getId(), "fr", Content.commitmentForm("intruder", 0)));
        assertTrue(titles(a).isEmpty());
        assertTrue(titles(b).isEmpty());
    }

    @Test
    void aTenantScopedServiceRefusesACallWithoutARepository() {
        EJBException refused = assertThrows(EJBException.class, () -> plans.listPlans(null));
        assertTrue(refused.getCause() instanceof IllegalStateException, String.valueOf(refused.getCause()));
    }

    @Test
    void anInvalidRepositoryIsRefusedWithAMessageKeyAndNothingIsCreated() {
        RefusedException refused = assertThrows(RefusedException.class,
                () -> repositories.createRepository("Not A Slug", RepositoryKind.LOCAL, List.of("fr"), "fr",
                        text("x"), text("y")));
        assertEquals("repository.invalid_slug", refused.messageKey());
        assertThrows(RefusedException.class,
                () -> repositories.createRepository("demo", RepositoryKind.LOCAL, List.of("fr"), "fr", text("x"), text("y")));
        assertThrows(RefusedException.class,
                () -> repositories.createRepository("no-default", RepositoryKind.LOCAL, List.of("fr"), "es", text("x"), text("y")));
        assertTrue(repositories.findActive("no-default").isEmpty());
    }

    @Test
    void migrationsAreAppliedAndRecorded() throws Exception {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL "
                             + "ORDER BY \"installed_rank\"")) {
            assertTrue(rows.next(), "no migration recorded");
            assertEquals("1", rows.getString(1));
            assertTrue(rows.getBoolean(2));
        }
    }

    @Test
    void thePlatformAdministratorExistsWithAOneTimePasswordToChange() {
        Account admin = accounts.findByEmail("admin@consulta.invalid").orElseThrow();
        assertTrue(admin.isPlatformAdmin());
        assertTrue(admin.isMustChangePassword());
        assertTrue(admin.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:"), "hash format");
        assertFalse(accounts.checkPassword("admin@consulta.invalid", "admin".toCharArray()));
        assertFalse(accounts.checkPassword("admin@consulta.invalid", "password".toCharArray()));
    }

    private static LocalizedText text(String value) {
        return LocalizedText.original("fr", value);
    }

    /** The titles of a repository's commitments, plan by plan, as its home page lists them. */
    private List<String> titles(Tenant tenant) {
        return commitmentsOf(tenant).stream().map(c -> c.getDraft().title()).toList();
    }

    private List<Commitment> commitmentsOf(Tenant tenant) {
        List<Long> ids = plans.listPlans(tenant).stream().map(ActionPlan::getId).toList();
        return listing.byPlan(tenant, ids).values().stream().flatMap(List::stream).toList();
    }
}
