package org.consulta.tracking;

import jakarta.inject.Inject;
import org.consulta.account.AccessDeniedException;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentService;
import org.consulta.commitment.CommitmentStage;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.plan.ActionPlan;
import org.consulta.testing.Content;
import org.consulta.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Implementation tracking in the real WAR: completion derived from the milestones and overridden with
 * a reason, history kept, evidence required for status changes and checked like plan documents,
 * reporters only, adopted commitments only, another repository never seeing it; the plan dashboard.
 */
@ExtendWith(ArquillianExtension.class)
class TrackingIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar(TrackingIT.class, Content.class);
    }

    @Inject
    Content content;
    @Inject
    CommitmentService commitments;
    @Inject
    TrackingService tracking;
    @Inject
    ProgressReader reader;
    @Inject
    org.consulta.tracking.TimelineReader timelines;

    Tenant tenant;
    Long admin;
    ActionPlan plan;
    Commitment adopted;
    long reporter;
    List<String> milestones;

    @BeforeEach
    void anAdoptedCommitmentWithThreeMilestonesAndAReporter() {
        tenant = content.newRepository();
        admin = content.admin();
        plan = content.newPlan(tenant, "plan-t");
        adopted = content.newCommitment(tenant, plan, "Registre ouvert", 3);
        commitments.publishDraft(tenant, admin, adopted.getId(), null);
        commitments.moveStage(tenant, admin, adopted.getId(), CommitmentStage.FINAL, null);
        reporter = content.newAccount("reporter", "es");
        tracking.appointReporter(tenant, admin, "plan-t", "C1", content.email(reporter));
        milestones = content.milestoneKeys(tenant, adopted.getId());
    }

    @Test
    void completionFollowsTheMilestonesUntilSetByHandAndNewEvidenceTakesOver() {
        assertEquals(Completion.NO_EVIDENCE, progress().getCompletion());
        report(0, MilestoneStatus.IN_PROGRESS, "https://datos.example/avance-1", null);
        assertEquals(Completion.LIMITED, progress().getCompletion());
        report(0, MilestoneStatus.COMPLETED, null, PDF);
        report(1, MilestoneStatus.COMPLETED, "https://datos.example/hito-2", null);
        assertEquals(Completion.SUBSTANTIAL, progress().getCompletion(), "two of three");
        tracking.overrideCompletion(tenant, reporter, "plan-t", "C1", Completion.COMPLETE, "El tercer hito se cumplió por otra vía.", "es");
        CommitmentProgress set = progress();
        assertEquals(Completion.COMPLETE, set.getCompletion());
        assertEquals(Completion.SUBSTANTIAL, set.getDerived(), "what the milestones alone give is still shown");
        assertNotNull(set.getOverride());
        report(2, MilestoneStatus.CANCELLED, "https://datos.example/cancelado", null);
        assertEquals(Completion.COMPLETE, progress().getCompletion(), "newer evidence: derived again (two of two left)");
        assertNull(progress().getOverride());
        assertRefusedTracking("tracking.refused.note", () -> tracking.overrideCompletion(tenant, reporter, "plan-t", "C1", Completion.LIMITED, " ", "es"));
    }

    @Test
    void everyUpdateIsKeptDatedAndAttributed() {
        report(0, MilestoneStatus.IN_PROGRESS, "https://datos.example/1", null);
        report(0, MilestoneStatus.IN_PROGRESS, null, null);
        report(0, MilestoneStatus.COMPLETED, "https://datos.example/3", null);
        CommitmentProgress progress = progress();
        assertEquals(3, progress.getHistory().size(), "nothing overwritten");
        assertEquals(MilestoneStatus.COMPLETED, progress.getHistory().get(0).getStatus(), "newest first");
        assertEquals(MilestoneStatus.COMPLETED, progress.getMilestones().get(milestones.get(0)));
        assertTrue(progress.getHistory().stream().allMatch(u -> u.getCreatedAt() != null && u.getAuthorId().equals(reporter)));
        assertEquals("reporter", progress.getAuthors().get(reporter));
        assertEquals("es", progress.getHistory().get(0).getNote().originalLanguage().orElseThrow());
        List<String> timeline = timelines.timeline(tenant, "plan-t", "C1").stream().map(e -> e.kind()).toList();
        assertEquals(List.of("PROGRESS", "PROGRESS", "PROGRESS", "VERSION"), timeline, "newest first, the version last");
    }

    @Test
    void aStatusChangeNeedsEvidenceCheckedLikeAnyDocument() {
        assertRefusedTracking("tracking.refused.evidence", () -> report(0, MilestoneStatus.COMPLETED, null, null));
        assertRefusedTracking("tracking.refused.url", () -> report(0, MilestoneStatus.COMPLETED, "javascript:alert(1)", null));
        assertEquals("plans_edit.document_mismatch", assertThrows(RefusedException.class,
                () -> tracking.reportMilestone(tenant, reporter, "plan-t", "C1", form(0, MilestoneStatus.COMPLETED, null),
                        "preuve.pdf", PNG.length, new ByteArrayInputStream(PNG))).messageKey(), "a PNG named .pdf");
        assertEquals("plans_edit.document_too_large", assertThrows(RefusedException.class,
                () -> tracking.reportMilestone(tenant, reporter, "plan-t", "C1", form(0, MilestoneStatus.COMPLETED, null),
                        "grand.pdf", 20L * 1024 * 1024, new ByteArrayInputStream(PDF))).messageKey());
        assertEquals("plans_edit.document_type", assertThrows(RefusedException.class,
                () -> tracking.reportMilestone(tenant, reporter, "plan-t", "C1", form(0, MilestoneStatus.COMPLETED, null),
                        "notes.txt", 5, new ByteArrayInputStream("notes".getBytes()))).messageKey());
        assertEquals(0, progress().getHistory().size(), "refusals changed nothing");
        var update = report(0, MilestoneStatus.COMPLETED, null, PDF);
        assertEquals("evidencia.pdf", reader.evidence(tenant, update.getId()).getEvidenceName());
        report(0, MilestoneStatus.COMPLETED, null, null);
        assertEquals(2, progress().getHistory().size(), "the same status again needs no new evidence");
    }

    @Test
    void onlyReportersAndAdministratorsReportAndOnlyOnAdoptedCommitments() {
        long stranger = content.newAccount("stranger");
        assertThrows(AccessDeniedException.class, () -> tracking.reportMilestone(tenant, stranger, "plan-t", "C1",
                form(0, MilestoneStatus.IN_PROGRESS, "https://x.example/"), null, 0, null));
        assertThrows(AccessDeniedException.class, () -> tracking.appointReporter(tenant, reporter, "plan-t", "C1", content.email(stranger)));
        tracking.reportMilestone(tenant, admin, "plan-t", "C1", form(1, MilestoneStatus.IN_PROGRESS, "https://x.example/"), null, 0, null);
        assertRefusedTracking("tracking.refused.already_reporter", () -> tracking.appointReporter(tenant, admin, "plan-t", "C1", content.email(reporter)));
        assertRefusedTracking("tracking.refused.milestone", () -> tracking.reportMilestone(tenant, reporter, "plan-t", "C1",
                form(0, MilestoneStatus.IN_PROGRESS, "https://x.example/", "m-unknown"), null, 0, null));

        Commitment draft = content.newCommitment(tenant, plan, "Pas encore adopté", 1);
        commitments.publishDraft(tenant, admin, draft.getId(), null);
        tracking.appointReporter(tenant, admin, "plan-t", "C2", content.email(reporter));
        assertRefusedTracking("tracking.refused.not_adopted", () -> tracking.overrideCompletion(tenant, reporter, "plan-t", "C2",
                Completion.LIMITED, "Trop tôt", "es"));

        Tenant other = content.newRepository();
        assertThrows(org.consulta.kernel.RefusedException.class, () -> reader.progress(other, null, "plan-t", "C1"),
                "another repository has no such commitment");
        assertNull(reader.evidence(other, progress().getHistory().get(0).getId()));
    }

    @Test
    void thePlanDashboardCountsLevelsAndOverdueMilestones() {
        java.time.Instant sixMonthsAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(183));
        assertTrue(reader.staleSince(tenant, sixMonthsAgo), "an adopted commitment and no update: administrators are warned");
        report(0, MilestoneStatus.COMPLETED, "https://datos.example/1", null);
        assertFalse(reader.staleSince(tenant, sixMonthsAgo));
        assertFalse(reader.staleSince(content.newRepository(), sixMonthsAgo), "nothing adopted, nothing to warn about");
        PlanProgress dashboard = reader.dashboard(tenant, plan.getId(), LocalDate.of(2030, 1, 1));
        assertEquals(1, dashboard.getCommitments());
        assertEquals(1L, dashboard.getLevels().get(Completion.LIMITED));
        assertEquals(2, dashboard.getOverdue().size(), "milestones 2 and 3 ended long before 2030");
        assertNotNull(dashboard.getLastUpdate());
        assertEquals(0, reader.dashboard(tenant, plan.getId(), LocalDate.of(2025, 1, 1)).getOverdue().size());
    }

    // --- helpers

    private CommitmentProgress progress() {
        return reader.progress(tenant, null, "plan-t", "C1");
    }

    private org.consulta.tracking.ProgressUpdate report(int milestone, MilestoneStatus status, String url, byte[] pdf) {
        return tracking.reportMilestone(tenant, reporter, "plan-t", "C1", form(milestone, status, url),
                pdf == null ? null : "evidencia.pdf", pdf == null ? 0 : pdf.length, pdf == null ? null : new ByteArrayInputStream(pdf));
    }

    private MilestoneReport form(int milestone, MilestoneStatus status, String url) {
        return form(milestone, status, url, milestones.get(milestone));
    }

    private static MilestoneReport form(int milestone, MilestoneStatus status, String url, String key) {
        MilestoneReport report = new MilestoneReport();
        report.setMilestoneKey(key);
        report.setStatus(status);
        report.setNote("Avance del hito " + (milestone + 1));
        report.setLanguage("es");
        report.setEvidenceUrl(url);
        return report;
    }

    private static void assertRefusedTracking(String key, Executable call) {
        assertEquals(key, assertThrows(RefusedException.class, call).messageKey());
    }
}
