package org.consulta.translation;

import jakarta.inject.Inject;
import org.consulta.account.AccessDeniedException;
import org.consulta.comment.Alignment;
import org.consulta.comment.Comment;
import org.consulta.comment.CommentService;
import org.consulta.comment.NewComment;
import org.consulta.comment.Visibility;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentService;
import org.consulta.commitment.TranslationService;
import org.consulta.consultation.ConsultationForm;
import org.consulta.consultation.ConsultationService;
import org.consulta.i18n.Translation;
import org.consulta.i18n.TranslationStatus;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.Tenant;
import org.consulta.plan.ActionPlan;
import org.consulta.plan.PlanForm;
import org.consulta.plan.PlanService;
import org.consulta.testing.Apertium;
import org.consulta.testing.Content;
import org.consulta.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Machine translation in the real WAR against the real Apertium APy: what is written is readable in the
 * repository's other languages within seconds, labelled; a person reviews it; a changed original has its
 * machine texts redone and its human ones marked outdated; the service away loses nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MachineTranslationIT {

    private static final long WAIT_MS = 60_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar(MachineTranslationIT.class, Content.class, Apertium.class, Deployments.class);
    }

    @ArquillianResource
    URL deployed;
    @Inject
    Content content;
    @Inject
    PlanService plans;
    @Inject
    CommitmentService commitments;
    @Inject
    TranslationService sections;
    @Inject
    ConsultationService consultations;
    @Inject
    CommentService comments;
    @Inject
    MachineReview review;
    @Inject
    org.consulta.comment.ContributionMailText mailText;

    Tenant tenant;
    Long admin;

    @BeforeEach
    void aRepositoryWithMachineTranslation() throws Exception {
        Apertium.ensureRunning();
        tenant = content.newRepository();
        content.machineTranslation(tenant, true);
        admin = content.admin();
    }

    @Test
    void aSpanishCommentIsReadableInFrenchAndEnglishWithTheLabelAndItsOriginal() throws Exception {
        ActionPlan plan = content.newPlan(tenant, "plan-2025");
        Commitment commitment = content.newCommitment(tenant, plan, "Contrats ouverts", 1);
        commitments.publishDraft(tenant, admin, commitment.getId(), null);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        consultations.openConsultation(tenant, admin, plan.getId(), consultation(now));
        long citizen = content.newAccount("ciudadana", "es");
        String spanish = "El gobierno publica todos los contratos públicos en un formato abierto.\n\nLos datos deben ser gratuitos.";
        long started = System.nanoTime();
        Comment comment = comments.postComment(tenant, citizen, "plan-2025", "C1", new NewComment(null, null, spanish, Alignment.IN_FAVOUR, "es"));
        assertEquals(Visibility.PUBLISHED, content.comment(tenant, comment.getId()).getVisibility());

        waitUntil(() -> machine(content.comment(tenant, comment.getId()).getTexts().in("fr"))
                && machine(content.comment(tenant, comment.getId()).getTexts().in("en")));
        System.out.printf("MT: a two-paragraph comment readable in fr and en after %d ms%n", (System.nanoTime() - started) / 1_000_000);
        Comment read = content.comment(tenant, comment.getId());
        String french = read.getTexts().in("fr").orElseThrow().text();
        assertTrue(french.contains("gouvernement") && french.contains("contrats"), french);
        assertEquals(2, french.split("\n\n").length, "paragraphs kept: " + french);
        assertTrue(read.getTexts().in("en").orElseThrow().text().toLowerCase().contains("government"));
        assertEquals(spanish, read.getTexts().in("es").orElseThrow().text(), "the original stays as written");

        String page = get("fr/r/" + tenant.slug() + "/plans/plan-2025/C1");
        assertTrue(page.contains(french.split("\n")[0]), "the French reader reads the machine text");
        assertTrue(page.contains("Traduction automatique — voir l’original"), "labelled, with the switch to the original");
        assertTrue(page.contains("<div class=\"mt-original\" lang=\"es\">"), "the original is there, marked Spanish");
        assertTrue(page.contains("Los datos deben ser gratuitos."));

        // its French author hears of a Spanish reply, quoted in French by the machine, labelled, the original beside it
        long author = content.newAccount("auteur", "fr");
        Comment theirs = comments.postComment(tenant, author, "plan-2025", "C1",
                new NewComment(null, null, "Je soutiens la publication des contrats.", Alignment.IN_FAVOUR, "fr"));
        Comment reply = comments.reply(tenant, citizen, theirs.getId(), "Estoy de acuerdo con la publicación.", "es", null);
        String argument = content.queuedMailArgs(author).stream().filter(m -> m.startsWith("mail_reply")).findFirst().orElseThrow()
                .replaceAll(".*\"@comment:([0-9:]+)\".*", "$1");
        assertEquals(tenant.id() + ":" + reply.getId(), argument, "the mail names the reply, its text is read when it is sent");
        waitUntil(() -> machine(content.comment(tenant, reply.getId()).getTexts().in("fr")));
        String quoted = mailText.resolve(argument, "fr");
        assertTrue(quoted.contains(content.comment(tenant, reply.getId()).getTexts().in("fr").orElseThrow().text())
                && quoted.contains("Traduction automatique, non relue") && quoted.contains("« Estoy de acuerdo con la publicación. »"), quoted);
        assertEquals("«Estoy de acuerdo con la publicación.»", mailText.resolve(argument, "es"), "its author's language: as written");
    }

    @Test
    void aPlanTitleIsTranslatedThenAcceptedCorrectedOrRejectedByAPerson() throws Exception {
        waitUntil(() -> content.machineJobs("Repository", tenant.id()) == 0); // its name may be translated too: counted apart
        Map<String, Long> before = review.unreviewed(tenant, admin);
        List<ActionPlan> three = List.of(frenchPlan("plan-a", "Le gouvernement publie les contrats"),
                frenchPlan("plan-b", "La ville ouvre ses données"), frenchPlan("plan-c", "Le budget participatif"));
        for (ActionPlan plan : three) {
            waitUntil(() -> content.plan(tenant, plan.getId()).getTitle().machineGaps(List.of("fr", "es", "en")).isEmpty()
                    && content.plan(tenant, plan.getId()).getSummary().machineGaps(List.of("fr", "es", "en")).isEmpty());
        }
        ActionPlan first = content.plan(tenant, three.get(0).getId());
        assertEquals(TranslationStatus.MACHINE, first.getTitle().in("es").orElseThrow().status());
        assertTrue(first.getTitle().in("es").orElseThrow().text().contains("publica los contratos"), first.getTitle().toString());
        assertEquals(Map.of("en", 6L, "es", 6L), minus(review.unreviewed(tenant, admin), before));

        List<ReviewRow> spanish = plansOnly(review.queue(tenant, admin, "es", 0).rows());
        assertEquals(6, spanish.size());
        ReviewRow top = spanish.get(0);
        ReviewRow middle = spanish.get(3);
        ReviewRow last = spanish.get(5);
        review.accept(tenant, admin, top.id());
        review.reject(tenant, admin, middle.id());
        review.correct(tenant, admin, last.id(), "Texto corregido por una persona");
        assertEquals(Map.of("en", 6L, "es", 3L), minus(review.unreviewed(tenant, admin), before));
        List<Long> left = plansOnly(review.queue(tenant, admin, "es", 0).rows()).stream().map(ReviewRow::id).toList();
        assertFalse(left.contains(top.id()) || left.contains(middle.id()) || left.contains(last.id()), "the three rows acted on are gone, no others");
        assertEquals(List.of(spanish.get(1).id(), spanish.get(2).id(), spanish.get(4).id()), left);
        waitUntil(() -> content.machineJobs("ActionPlan", three.get(1).getId()) == 0);
        assertTrue(content.plan(tenant, three.get(1).getId()).getSummary().in("es").isEmpty(),
                "a rejected translation is not made again by the machine on its own");
        List<MachineText> rejected = review.rejected(tenant, admin);
        assertEquals(List.of(middle.id()), rejected.stream().map(MachineText::getId).toList());
        review.askAgain(tenant, admin, middle.id());
        waitUntil(() -> machine(content.plan(tenant, three.get(1).getId()).getSummary().in("es")));
        assertEquals(List.of(), review.rejected(tenant, admin), "asked again: made again, back in the queue");

        ActionPlan accepted = content.plan(tenant, three.get(0).getId());
        Translation es = accepted.getTitle().in("es").orElseThrow();
        assertEquals(TranslationStatus.HUMAN, es.status(), "the oldest Spanish text is the first plan's title");
        assertEquals(admin, es.reviewedBy());
        assertEquals(top.machine().text(), es.text(), "accepted as the machine wrote it");
        assertThrows(AccessDeniedException.class, () -> review.accept(tenant, content.newAccount("intrus"), spanish.get(1).id()));
        assertThrows(NotFoundException.class, () -> review.accept(content.newRepository(), admin, spanish.get(1).id()),
                "another repository's reviewer does not reach this one's texts");

        // the original changes: the machine's texts are redone, the person's is marked outdated and kept
        String machineEnglish = accepted.getTitle().in("en").orElseThrow().text();
        PlanForm form = Content.planForm("plan-a");
        form.getTitles().put("fr", "Le gouvernement publie tous les marchés publics");
        form.getTitles().put("es", es.text());
        form.getTitles().put("en", machineEnglish);
        plans.updatePlan(tenant, admin, accepted.getId(), form);
        waitUntil(() -> !content.plan(tenant, accepted.getId()).getTitle().in("en").orElseThrow().text().equals(machineEnglish));
        ActionPlan redone = content.plan(tenant, accepted.getId());
        assertEquals(TranslationStatus.MACHINE, redone.getTitle().in("en").orElseThrow().status());
        assertFalse(redone.getTitle().in("en").orElseThrow().outdated());
        assertEquals(TranslationStatus.HUMAN, redone.getTitle().in("es").orElseThrow().status());
        assertTrue(redone.getTitle().in("es").orElseThrow().outdated(), "a person's translation is never overwritten: outdated");
    }

    /** Prints the queue's throughput: 20 plans, each a title and a three-paragraph summary, into Spanish and English. */
    @Test
    void theQueueWorksThroughABacklog() throws Exception {
        long started = System.nanoTime();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            PlanForm form = Content.planForm("lot-" + i);
            form.getTitles().put("fr", "Plan d’action numéro " + i + " pour un gouvernement ouvert");
            form.getSummaries().put("fr", "Le gouvernement publie ses données.\nLes citoyens participent aux décisions.\n"
                    + "Le forum suit la mise en œuvre de chaque engagement.");
            ids.add(plans.createPlan(tenant, admin, form).getId());
        }
        for (Long id : ids) {
            waitUntil(() -> content.plan(tenant, id).getSummary().machineGaps(List.of("fr", "es", "en")).isEmpty()
                    && content.plan(tenant, id).getTitle().machineGaps(List.of("fr", "es", "en")).isEmpty());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int paragraphs = ids.size() * 4 * 2;
        System.out.printf("MT: queue translated %d paragraphs (half of them through Spanish) in %.1f s: %.1f paragraphs/s%n",
                paragraphs, seconds, paragraphs / seconds);
        assertEquals(3, content.plan(tenant, ids.get(19)).getSummary().in("en").orElseThrow().text().split("\n").length,
                "each paragraph kept");
    }

    @Test
    void aPublishedCommitmentIsTranslatedSectionBySectionAndAnEditorAcceptsOrCorrectsEach() throws Exception {
        ActionPlan plan = content.newPlan(tenant, "plan-g");
        Commitment commitment = content.newCommitment(tenant, plan, "Des registres ouverts", 2);
        commitments.publishDraft(tenant, admin, commitment.getId(), null);
        int count = sections.sheet(tenant, admin, "plan-g", "C1", "fr", "es").size();
        assertTrue(count >= 6, "title, paragraphs, fields and two milestones: " + count);
        waitUntil(() -> content.sectionTranslations(tenant, commitment.getId()).stream()
                .filter(t -> t.contains(" es MACHINE") || t.contains(" en MACHINE")).count() == 2L * count);

        List<org.consulta.commitment.TranslationRow> rows = sections.sheet(tenant, admin, "plan-g", "C1", "fr", "es");
        String first = rows.get(0).getKey();
        String middle = rows.get(rows.size() / 2).getKey();
        String last = rows.get(rows.size() - 1).getKey();
        Map<String, String> typed = new java.util.HashMap<>();
        rows.forEach(r -> typed.put(r.getKey(), r.getTarget().text()));
        typed.put(middle, "Texto corregido por la editora");
        sections.saveTranslations(tenant, admin, commitment.getId(), "es", typed, java.util.Set.of(first));
        List<String> stored = content.sectionTranslations(tenant, commitment.getId());
        assertTrue(stored.contains(first + " es HUMAN " + admin), "accepted as is, by the editor: " + stored);
        assertTrue(stored.contains(middle + " es HUMAN " + admin), "corrected: " + stored);
        assertTrue(stored.contains(last + " es MACHINE null"), "left as it was, still the machine's: " + stored);
        assertTrue(stored.contains(first + " en MACHINE null"), "the other language untouched: " + stored);
    }

    @Test
    void aDraftCommitmentGoesToTheMachineOnlyWhenAnEditorAsks() throws Exception {
        ActionPlan plan = content.newPlan(tenant, "plan-d");
        Commitment draft = content.newCommitment(tenant, plan, "Des registres ouverts", 2);
        waitUntil(() -> content.machineJobs("Commitment", draft.getId()) == 0);
        assertEquals(List.of(), content.sectionTranslations(tenant, draft.getId()), "a draft is not public");

        sections.machineTranslate(tenant, admin, draft.getId(), "es");
        waitUntil(() -> content.sectionTranslations(tenant, draft.getId()).stream().filter(t -> t.contains(" es MACHINE")).count() >= 3);
        assertTrue(content.sectionTranslations(tenant, draft.getId()).stream().allMatch(t -> t.endsWith(" MACHINE null")),
                "machine-made, by no one: " + content.sectionTranslations(tenant, draft.getId()));
    }

    @Test
    void withTheServiceAwayWritesSucceedTheOriginalIsShownAndTheQueueCatchesUp() throws Exception {
        Apertium.stop();
        try {
            ActionPlan plan = frenchPlan("plan-e", "Le gouvernement écoute les citoyens");
            Thread.sleep(6_000);
            ActionPlan stored = content.plan(tenant, plan.getId());
            assertTrue(stored.getTitle().in("es").isEmpty(), "nothing yet");
            assertTrue(content.machineJobs("ActionPlan", plan.getId()) > 0, "the request waits in the queue");
            assertTrue(content.machineAttempts("ActionPlan", plan.getId()) >= 1, "and was tried");
            String page = get("es/r/" + tenant.slug() + "/plans/plan-e/");
            assertTrue(page.contains("Le gouvernement écoute les citoyens"), "the Spanish reader sees the original meanwhile");
        } finally {
            Apertium.ensureRunning();
        }
        ActionPlan plan = plans.findPlan(tenant, "plan-e");
        waitUntil(() -> machine(content.plan(tenant, plan.getId()).getTitle().in("es")));
        waitUntil(() -> content.machineJobs("ActionPlan", plan.getId()) == 0);
    }

    @Test
    void aRepositoryWithoutMachineTranslationSendsNothing() throws Exception {
        Tenant off = content.newRepository();
        ActionPlan plan = plans.createPlan(off, admin, Content.planForm("plan-f"));
        waitUntil(() -> content.machineJobs("ActionPlan", plan.getId()) == 0);
        assertEquals(List.of("fr"), List.copyOf(content.plan(off, plan.getId()).getTitle().asMap().keySet()));
        assertEquals(Map.of(), review.unreviewed(off, admin));
        assertNotEquals(tenant.id(), off.id());
    }

    private static List<ReviewRow> plansOnly(List<ReviewRow> rows) {
        return rows.stream().filter(r -> r.kind().equals("ActionPlan")).toList();
    }

    private static Map<String, Long> minus(Map<String, Long> now, Map<String, Long> before) {
        Map<String, Long> difference = new java.util.TreeMap<>();
        now.forEach((language, count) -> difference.put(language, count - before.getOrDefault(language, 0L)));
        return difference;
    }

    private ActionPlan frenchPlan(String slug, String title) {
        PlanForm form = Content.planForm(slug);
        form.getTitles().put("fr", title);
        return plans.createPlan(tenant, admin, form);
    }

    private static boolean machine(java.util.Optional<Translation> t) {
        return t.map(x -> x.status() == TranslationStatus.MACHINE && !x.outdated()).orElse(false);
    }

    private static ConsultationForm consultation(LocalDateTime now) {
        ConsultationForm form = new ConsultationForm();
        form.setOriginalLanguage("fr");
        form.getTitles().put("fr", "Consultation publique");
        form.setAnnouncedOn(now.toLocalDate().minusDays(20));
        form.setOpens(now.minusHours(1));
        form.setCloses(now.plusDays(30));
        return form;
    }

    private String get(String path) throws Exception {
        URL base = Deployments.onLoopback(deployed);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + WAIT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("not within " + WAIT_MS / 1000 + " s");
            }
            Thread.sleep(250);
        }
    }
}
