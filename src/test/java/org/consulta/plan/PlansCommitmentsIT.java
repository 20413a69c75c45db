package org.consulta.plan;

import jakarta.inject.Inject;
import org.consulta.account.AccessDeniedException;
import org.consulta.audit.AuditReader;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentForm;
import org.consulta.commitment.CommitmentListing;
import org.consulta.commitment.CommitmentReader;
import org.consulta.commitment.CommitmentService;
import org.consulta.commitment.CommitmentStage;
import org.consulta.commitment.CommitmentVersion;
import org.consulta.commitment.Comparison;
import org.consulta.commitment.ShownCommitment;
import org.consulta.commitment.TemplateField;
import org.consulta.commitment.TranslationDashboard;
import org.consulta.commitment.TranslationService;
import org.consulta.commitment.VersionComparison;
import org.consulta.i18n.ContentLabel;
import org.consulta.i18n.TranslationStatus;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.SqlStatementCounter;
import org.consulta.kernel.Tenant;
import org.consulta.search.SearchResults;
import org.consulta.search.SearchService;
import org.consulta.testing.Content;
import org.consulta.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plans and commitments in the real WAR: numbered immutable versions, drafts for administrators only,
 * translations that say what they are and go stale when the original changes, tenant scoping of every
 * query, and a commitment page whose statement count does not grow with its content.
 */
@ExtendWith(ArquillianExtension.class)
class PlansCommitmentsIT {

    private static final List<String> ORDER = List.of("fr", "es", "en");

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar(PlansCommitmentsIT.class, Content.class);
    }

    @Inject
    Content content;
    @Inject
    PlanService plans;
    @Inject
    CommitmentService commitments;
    @Inject
    CommitmentReader reader;
    @Inject
    CommitmentListing listing;
    @Inject
    TranslationService translations;
    @Inject
    PolicyAreaService areas;
    @Inject
    AuditReader audit;
    @Inject
    SearchService search;
    @Inject
    TranslationDashboard dashboard;
    @Inject
    PlanDocumentService documents;

    Tenant tenant;
    Long admin;
    ActionPlan plan;

    @BeforeEach
    void aRepositoryWithAPlan() {
        tenant = content.newRepository();
        admin = content.admin();
        plan = content.newPlan(tenant, "plan-2025");
    }

    @Test
    void publishingCreatesNumberedVersionsThatNothingRewrites() {
        Commitment c = content.newCommitment(tenant, plan, "Contrats ouverts", 3);
        CommitmentVersion v1 = commitments.publishDraft(tenant, admin, c.getId(), null);
        assertEquals(1, v1.getNumber());
        assertEquals("commitment.refused.nothing_to_publish", assertThrows(RefusedException.class,
                () -> commitments.publishDraft(tenant, admin, c.getId(), "same again")).messageKey());

        CommitmentForm edit = CommitmentForm.of(v1.getContent(), List.of(), 0);
        edit.setDescription("Publier tous les contrats en données ouvertes chaque mois.");
        commitments.saveDraft(tenant, admin, c.getId(), edit);
        assertEquals(1, reader.show(tenant, null, "plan-2025", "C1", null, false, "fr", ORDER).getVersion().number(),
                "a saved draft is not public");
        CommitmentVersion v2 = commitments.publishDraft(tenant, admin, c.getId(), "Publication mensuelle");
        assertEquals(2, v2.getNumber());

        ShownCommitment first = reader.show(tenant, null, "plan-2025", "C1", 1, false, "fr", ORDER);
        assertEquals("Publier les contrats en données ouvertes.", first.getFields().get("DESCRIPTION").get(0).text().text());
        ShownCommitment latest = reader.show(tenant, null, "plan-2025", "C1", null, false, "fr", ORDER);
        assertEquals(2, latest.getVersion().number(), "the newest version is the default");
        assertEquals("Publication mensuelle", latest.getVersion().changeNote());
        assertEquals(List.of(2, 1), latest.getVersions().stream().map(v -> v.number()).toList());

        String stored = content.tamperWithVersion(tenant, v1.getId());
        assertTrue(stored.contains("Publier les contrats en données ouvertes."), "version 1 unchanged in the database: " + stored);

        Comparison comparison = reader.compare(tenant, "plan-2025", "C1", 1, 2, "fr", ORDER);
        VersionComparison.SectionChange changed = comparison.changes().stream()
                .filter(ch -> ch.field().equals("DESCRIPTION")).findFirst().orElseThrow();
        assertEquals(VersionComparison.Change.CHANGED, changed.change());
        assertTrue(changed.words().stream().anyMatch(w -> w.text().contains("chaque mois")), String.valueOf(changed.words()));
        assertEquals(1, comparison.count(VersionComparison.Change.CHANGED));
    }

    @Test
    void draftsAreForTheRepositorysAdministratorsOnly() {
        long participant = content.newAccount("reader");
        content.newCommitment(tenant, plan, "Brouillon secret", 0);
        assertThrows(NotFoundException.class,
                () -> reader.show(tenant, null, "plan-2025", "C1", null, false, "fr", ORDER), "never published");
        assertThrows(NotFoundException.class,
                () -> reader.show(tenant, null, "plan-2025", "C1", null, true, "fr", ORDER));
        assertThrows(NotFoundException.class,
                () -> reader.show(tenant, participant, "plan-2025", "C1", null, true, "fr", ORDER));
        assertThrows(AccessDeniedException.class, () -> commitments.loadDraft(tenant, participant, "plan-2025", "C1"));
        assertEquals("Brouillon secret", reader.show(tenant, admin, "plan-2025", "C1", null, true, "fr", ORDER).getTitle().text());
        assertTrue(listing.list(tenant, null, plan.getId(), null, null, CommitmentListing.Order.REFERENCE, "fr", ORDER).isEmpty());
        assertEquals(1, listing.list(tenant, admin, plan.getId(), null, null, CommitmentListing.Order.REFERENCE, "fr", ORDER).size());
    }

    @Test
    void translationsSayWhatTheyAreAndGoStaleWhenTheOriginalChanges() {
        Commitment c = content.newCommitment(tenant, plan, "Contrats ouverts", 1);
        CommitmentVersion v1 = commitments.publishDraft(tenant, admin, c.getId(), null);
        String description = v1.getContent().sections(TemplateField.DESCRIPTION).get(0).key();
        ShownCommitment spanishReader = reader.show(tenant, null, "plan-2025", "C1", null, false, "es", ORDER);
        assertEquals("fr", spanishReader.getTitle().language(), "nothing in Spanish yet: French, labelled");
        assertEquals(ContentLabel.OTHER_LANGUAGE, spanishReader.getTitle().label("es"));

        translations.saveTranslations(tenant, admin, c.getId(), "es",
                Map.of("title", "Contratos abiertos", description, "Publicar los contratos en datos abiertos."));
        ShownCommitment translated = reader.show(tenant, null, "plan-2025", "C1", null, false, "es", ORDER);
        assertEquals("Contratos abiertos", translated.getTitle().text());
        assertEquals(ContentLabel.NONE, translated.getTitle().label("es"));
        assertEquals(TranslationStatus.HUMAN, translated.getTitle().status());

        CommitmentForm edit = CommitmentForm.of(v1.getContent(), List.of(), 0);
        edit.setDescription("Publier les contrats et leurs avenants en données ouvertes.");
        commitments.saveDraft(tenant, admin, c.getId(), edit);
        commitments.publishDraft(tenant, admin, c.getId(), null);
        ShownCommitment v2 = reader.show(tenant, null, "plan-2025", "C1", null, false, "es", ORDER);
        assertEquals(ContentLabel.OUTDATED, v2.getFields().get("DESCRIPTION").get(0).text().label("es"));
        assertEquals(ContentLabel.NONE, v2.getTitle().label("es"), "an untouched section keeps its translation");
        assertEquals(ContentLabel.NONE, reader.show(tenant, null, "plan-2025", "C1", 1, false, "es", ORDER)
                .getFields().get("DESCRIPTION").get(0).text().label("es"), "version 1 keeps the translation of its wording");
        assertTrue(translations.sheet(tenant, admin, "plan-2025", "C1", "fr", "es").stream()
                .anyMatch(row -> row.getKey().equals(description) && row.getTarget().outdated()));

        translations.saveTranslations(tenant, admin, c.getId(), "es", Map.of(description, "Publicar los contratos y sus modificaciones."));
        assertEquals(ContentLabel.NONE, reader.show(tenant, null, "plan-2025", "C1", null, false, "es", ORDER)
                .getFields().get("DESCRIPTION").get(0).text().label("es"), "reviewed again");
        assertEquals("commitment.refused.translation_language", assertThrows(RefusedException.class,
                () -> translations.saveTranslations(tenant, admin, c.getId(), "fr", Map.of("title", "x"))).messageKey());
    }

    @Test
    void theTranslationDashboardCountsWhatIsMissingMachineMadeOrOutdated() {
        Commitment c = content.newCommitment(tenant, plan, "Contrats ouverts", 2);
        commitments.publishDraft(tenant, admin, c.getId(), null);
        int sections = c.getDraft().sections().size();
        TranslationDashboard.Overview before = dashboard.overview(tenant, admin, "fr", 0);
        assertEquals(sections + 2, before.totals().get("es").missing(), "the commitment's sections and the plan's two texts");
        assertEquals(0, before.totals().get("fr").missing(), "the original language lacks nothing");
        translations.saveTranslations(tenant, admin, c.getId(), "es", Map.of("title", "Contratos abiertos"));
        CommitmentForm edit = CommitmentForm.of(c.getDraft(), List.of(), 0);
        edit.setTitle("Contrats publics ouverts");
        commitments.saveDraft(tenant, admin, c.getId(), edit);
        TranslationDashboard.Overview after = dashboard.overview(tenant, admin, "fr", 0);
        assertEquals(sections + 1, after.totals().get("es").missing());
        assertEquals(1, after.totals().get("es").outdated(), "the title changed after it was translated");
        assertEquals(2, after.total(), "the plan and the commitment need work");
        assertThrows(AccessDeniedException.class, () -> dashboard.overview(tenant, content.newAccount("x"), "fr", 0));
    }

    @Test
    void aPlansOriginalTextRewrittenLeavesItsTranslationsOutdated() {
        PlanForm form = PlanForm.of(plan);
        form.getTitles().put("es", "Plan en español");
        plans.updatePlan(tenant, admin, plan.getId(), form);
        PlanForm again = PlanForm.of(plans.findPlan(tenant, "plan-2025"));
        again.getTitles().put("fr", "Plan remanié");
        plans.updatePlan(tenant, admin, plan.getId(), again);
        ActionPlan reloaded = plans.findPlan(tenant, "plan-2025");
        assertTrue(reloaded.getTitle().in("es").orElseThrow().outdated());
        assertEquals(TranslationStatus.ORIGINAL, reloaded.getTitle().in("fr").orElseThrow().status());
    }

    @Test
    void planStagesMoveForwardFreelyAndBackOnlyWithAReasonBothLogged() {
        plans.moveStage(tenant, admin, plan.getId(), PlanStage.ADOPTED, null);
        assertEquals("plans.refused.reason_needed", assertThrows(RefusedException.class,
                () -> plans.moveStage(tenant, admin, plan.getId(), PlanStage.CO_CREATION, " ")).messageKey());
        assertEquals(PlanStage.ADOPTED, plans.findPlan(tenant, "plan-2025").getStage());
        plans.moveStage(tenant, admin, plan.getId(), PlanStage.CO_CREATION, "Le forum demande une nouvelle consultation");
        List<String> actions = audit.page(tenant, null, 0).stream().map(l -> l.getEntry().getAction()).toList();
        assertTrue(actions.contains("plan.stage_moved_forward") && actions.contains("plan.stage_moved_back"), actions.toString());

        Commitment c = content.newCommitment(tenant, plan, "À retirer", 0);
        assertEquals("commitment.refused.withdrawal_reason", assertThrows(RefusedException.class,
                () -> commitments.moveStage(tenant, admin, c.getId(), CommitmentStage.WITHDRAWN, "")).messageKey());
        commitments.moveStage(tenant, admin, c.getId(), CommitmentStage.WITHDRAWN, "Fusionné avec C2");
        assertEquals("Fusionné avec C2", commitments.loadDraft(tenant, admin, "plan-2025", "C1").getWithdrawalReason());
        PlanForm shortPlan = Content.planForm("trop-court");
        shortPlan.setEnd(LocalDate.of(2025, 6, 30));
        assertEquals("plans.refused.period_length", assertThrows(RefusedException.class,
                () -> plans.createPlan(tenant, admin, shortPlan)).messageKey());
    }

    @Test
    void everyQueryIsScopedToItsRepository() {
        Tenant other = content.newRepository();
        Commitment c = content.newCommitment(tenant, plan, "Chez nous", 1);
        commitments.publishDraft(tenant, admin, c.getId(), null);
        long foreignArea = areas.addPolicyArea(other, admin, "fr", Map.of("fr", "Justice")).getId();

        assertThrows(NotFoundException.class, () -> reader.show(other, admin, "plan-2025", "C1", null, false, "fr", ORDER));
        assertThrows(NotFoundException.class, () -> plans.findPlan(other, "plan-2025"));
        assertThrows(NotFoundException.class, () -> commitments.saveDraft(other, admin, c.getId(), Content.commitmentForm("x", 0)));
        assertThrows(NotFoundException.class, () -> translations.saveTranslations(other, admin, c.getId(), "es", Map.of()));
        assertTrue(listing.list(other, admin, plan.getId(), null, null, CommitmentListing.Order.REFERENCE, "fr", ORDER).isEmpty());
        assertTrue(areas.list(tenant).isEmpty());
        CommitmentForm withForeignArea = Content.commitmentForm("Chez nous", 1);
        withForeignArea.getPolicyAreas().add(String.valueOf(foreignArea));
        assertEquals("commitment.refused.unknown_policy_area", assertThrows(RefusedException.class,
                () -> commitments.saveDraft(tenant, admin, c.getId(), withForeignArea)).messageKey());
    }

    @Test
    void theCommitmentPagesStatementCountDoesNotGrowWithMilestonesOrSections() {
        Commitment small = content.newCommitment(tenant, plan, "Petit", 3);
        commitments.publishDraft(tenant, admin, small.getId(), null);
        CommitmentForm big = Content.commitmentForm("Grand", 30);
        StringBuilder problem = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            problem.append("Paragraphe ").append(i).append(" du problème public.\n\n");
        }
        big.setProblem(problem.toString());
        Commitment large = commitments.addDraft(tenant, admin, plan.getId(), "fr", big);
        commitments.publishDraft(tenant, admin, large.getId(), null);

        int few = statements(() -> reader.show(tenant, null, "plan-2025", "C1", null, false, "es", ORDER));
        int many = statements(() -> reader.show(tenant, null, "plan-2025", "C2", null, false, "es", ORDER));
        assertEquals(few, many, "3 milestones and 2 paragraphs vs 30 milestones and 40 paragraphs");
        assertTrue(many <= 5, "statements for a commitment page: " + many);
        System.out.println("SQL statements for a commitment page: " + few + " (3 milestones) and " + many + " (30 milestones, 40 paragraphs)");
        assertEquals(30, reader.show(tenant, null, "plan-2025", "C2", null, false, "es", ORDER).getMilestones().size());
    }

    @Test
    void searchFindsWordFormsInTheReadersLanguageRankedPaginatedAndScoped() {
        CommitmentForm titled = Content.commitmentForm("Registre des contrats publics", 0);
        Commitment first = commitments.addDraft(tenant, admin, plan.getId(), "fr", titled);
        commitments.publishDraft(tenant, admin, first.getId(), null);
        for (int i = 0; i < 11; i++) {
            Commitment other = content.newCommitment(tenant, plan, "Engagement numéro " + i, 0);
            commitments.publishDraft(tenant, admin, other.getId(), null);
        }
        content.newCommitment(tenant, plan, "Contrat jamais publié", 0);

        SearchResults page1 = search.search(tenant, "fr", "contrat", 0);
        assertEquals(12, page1.total(), "\"contrat\" finds \"contrats\" in twelve published commitments, not the draft");
        assertEquals(SearchService.PAGE_SIZE, page1.hits().size());
        assertEquals("C1", page1.hits().get(0).reference(), "a match in the title ranks first");
        assertEquals(2, search.search(tenant, "fr", "contrat", 1).hits().size());
        assertEquals(0, search.search(tenant, "fr", "inexistant", 0).total());
        assertEquals(0, search.search(content.newRepository(), "fr", "contrat", 0).total(), "another repository sees nothing");
        assertEquals(1, search.search(tenant, "fr", "plan-2025 résumé", 0).total(), "plans are found too");
    }

    @Test
    void documentsAreCheckedByTheirContentAndSize() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13};
        assertEquals("plans_edit.document_mismatch", refusal("plan.pdf", png.length, png));
        assertEquals("plans_edit.document_type", refusal("notes.pdf", 9, "not a pdf".getBytes()));
        assertEquals("plans_edit.document_too_large", refusal("big.pdf", 20L * 1024 * 1024, new byte[0]));
        byte[] liar = new byte[11 * 1024 * 1024];
        liar[0] = '%'; liar[1] = 'P'; liar[2] = 'D'; liar[3] = 'F'; liar[4] = '-';
        assertEquals("plans_edit.document_too_large", refusal("small.pdf", 1000, liar), "a size the client understated");
        assertTrue(documents.listDocuments(tenant, plan.getId()).isEmpty(), "nothing refused was stored");

        byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var stored = documents.attachDocument(tenant, admin, plan.getId(), "../Plan d'action \"2025\".pdf", pdf.length,
                new java.io.ByteArrayInputStream(pdf));
        assertEquals("Plan-d-action-2025.pdf", stored.fileName());
        assertEquals(1, documents.listDocuments(tenant, plan.getId()).size());
        assertEquals(pdf.length, documents.download(tenant, stored.id()).getContent().length);
        assertEquals(null, documents.download(content.newRepository(), stored.id()), "not from another repository");
        assertThrows(AccessDeniedException.class, () -> documents.attachDocument(tenant, content.newAccount("x"), plan.getId(),
                "a.pdf", pdf.length, new java.io.ByteArrayInputStream(pdf)));
    }

    private String refusal(String name, long declared, byte[] bytes) {
        return assertThrows(RefusedException.class, () -> documents.attachDocument(tenant, admin, plan.getId(), name,
                declared, new java.io.ByteArrayInputStream(bytes))).messageKey();
    }

    private static int statements(Runnable page) {
        SqlStatementCounter.reset();
        page.run();
        return SqlStatementCounter.count();
    }
}
