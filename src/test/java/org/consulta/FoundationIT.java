package org.consulta;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.consulta.account.Account;
import org.consulta.account.AccountService;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentService;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.TranslationStatus;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanService;
import org.consulta.tenant.InvalidRepositoryException;
import org.consulta.tenant.Repository;
import org.consulta.tenant.RepositoryKind;
import org.consulta.tenant.RepositoryService;
import org.consulta.tenant.Tenant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The foundation inside the real WAR on Payara Micro: seed, tenant isolation, migrations, bootstrap account. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar(FoundationIT.class);
    }

    @Inject
    RepositoryService repositories;
    @Inject
    PlanService plans;
    @Inject
    CommitmentService commitments;
    @Inject
    AccountService accounts;
    @Resource(lookup = "java:app/jdbc/consulta")
    DataSource dataSource;

    @Test
    void theDemoRepositoryIsSeededWithAPlanAndThreeCommitmentsInThreeLanguages() {
        Repository demo = repositories.findActive("demo").orElseThrow();
        assertEquals(List.of("fr", "es", "en"), demo.getLanguages());
        List<ActionPlan> demoPlans = plans.listPlans(demo.tenant());
        assertEquals(1, demoPlans.size());
        List<Commitment> drafts = demoPlans.get(0).getCommitments();
        assertEquals(List.of("C1", "C2", "C3"), drafts.stream().map(Commitment::getReference).toList());
        for (Commitment draft : drafts) {
            for (String lang : List.of("fr", "es", "en")) {
                assertFalse(draft.getTitle().in(lang).orElseThrow().text().isBlank(), lang + " title");
                assertFalse(draft.getProblem().in(lang).orElseThrow().text().isBlank(), lang + " problem");
            }
            assertEquals(TranslationStatus.ORIGINAL, draft.getTitle().in("es").orElseThrow().status());
            assertEquals(TranslationStatus.HUMAN, draft.getTitle().in("fr").orElseThrow().status());
        }
    }

    @Test
    void dataOfOneRepositoryNeverAppearsInAnother() {
        Tenant a = newRepository().tenant();
        Tenant b = newRepository().tenant();
        ActionPlan planA = newPlan(a, "plan-a");
        ActionPlan planB = newPlan(b, "plan-b");
        commitments.addDraft(a, planA.getId(), text("A1"), text("p"), text("o"), text("l"));
        commitments.addDraft(b, planB.getId(), text("B1"), text("p"), text("o"), text("l"));
        commitments.addDraft(b, planB.getId(), text("B2"), text("p"), text("o"), text("l"));

        assertEquals(List.of("plan-a"), plans.listPlans(a).stream().map(ActionPlan::getSlug).toList());
        assertEquals(List.of("plan-b"), plans.listPlans(b).stream().map(ActionPlan::getSlug).toList());
        assertEquals(List.of("A1"), titles(commitments.listAll(a)));
        assertEquals(List.of("B1", "B2"), titles(commitments.listAll(b)));
        assertEquals(1, plans.countPlans(a));
    }

    @Test
    void theRepositoryPagesQueryCountDoesNotGrowWithItsCommitments() {
        Tenant small = newRepository().tenant();
        Tenant large = newRepository().tenant();
        ActionPlan few = newPlan(small, "few");
        ActionPlan many = newPlan(large, "many");
        for (int i = 0; i < 3; i++) {
            commitments.addDraft(small, few.getId(), text("c" + i), text("p"), text("o"), text("l"));
        }
        for (int i = 0; i < 40; i++) {
            commitments.addDraft(large, many.getId(), text("c" + i), text("p"), text("o"), text("l"));
        }
        newPlan(large, "another");
        int smallCount = statementsFor(() -> plans.listPlans(small));
        int largeCount = statementsFor(() -> plans.listPlans(large));
        assertEquals(smallCount, largeCount, "statements for 1 plan × 3 commitments vs 2 plans × 40 commitments");
        assertTrue(largeCount >= 1 && largeCount <= 2, "plans and commitments in one query, counted: " + largeCount);
        System.out.println("SQL statements for a repository's plans and commitments: " + largeCount);
        assertEquals(40, plans.listPlans(large).stream().mapToInt(p -> p.getCommitments().size()).sum());
    }

    private static int statementsFor(Runnable pageQueries) {
        org.consulta.platform.SqlStatementCounter.reset();
        pageQueries.run();
        return org.consulta.platform.SqlStatementCounter.count();
    }

    @Test
    void aRepositoryCannotWriteIntoAnotherRepositorysPlan() {
        Tenant a = newRepository().tenant();
        Tenant b = newRepository().tenant();
        ActionPlan planB = newPlan(b, "target");

        assertThrows(EJBException.class,
                () -> commitments.addDraft(a, planB.getId(), text("intruder"), text("p"), text("o"), text("l")));
        assertTrue(commitments.listAll(a).isEmpty());
        assertTrue(commitments.listAll(b).isEmpty());
    }

    @Test
    void aTenantScopedServiceRefusesACallWithoutARepository() {
        EJBException refused = assertThrows(EJBException.class, () -> plans.listPlans(null));
        assertTrue(refused.getCause() instanceof IllegalStateException, String.valueOf(refused.getCause()));
    }

    @Test
    void anInvalidRepositoryIsRefusedWithAMessageKeyAndNothingIsCreated() {
        InvalidRepositoryException refused = assertThrows(InvalidRepositoryException.class,
                () -> repositories.createRepository("Not A Slug", RepositoryKind.LOCAL, List.of("fr"), "fr",
                        text("x"), text("y")));
        assertEquals("repository.invalid_slug", refused.messageKey());
        assertThrows(InvalidRepositoryException.class,
                () -> repositories.createRepository("demo", RepositoryKind.LOCAL, List.of("fr"), "fr", text("x"), text("y")));
        assertThrows(InvalidRepositoryException.class,
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

    private Repository newRepository() {
        String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
        return repositories.createRepository(slug, RepositoryKind.LOCAL, List.of("fr", "es"), "fr",
                text("Repo " + slug), text("Test repository"));
    }

    private ActionPlan newPlan(Tenant tenant, String slug) {
        return plans.createPlan(tenant, slug, text(slug), text("summary"), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
    }

    private static LocalizedText text(String value) {
        return LocalizedText.original("fr", value);
    }

    private static List<String> titles(List<Commitment> list) {
        return list.stream().map(c -> c.getTitle().in("fr").orElseThrow().text()).toList();
    }
}
