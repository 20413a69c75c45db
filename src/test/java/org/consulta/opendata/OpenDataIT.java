package org.consulta.opendata;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.consulta.comment.Alignment;
import org.consulta.comment.Comment;
import org.consulta.comment.CommentService;
import org.consulta.comment.ModerationReason;
import org.consulta.comment.NewComment;
import org.consulta.comment.ResponseForm;
import org.consulta.comment.ResponseService;
import org.consulta.comment.ResponseStatus;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentService;
import org.consulta.consultation.ConsultationService;
import org.consulta.kernel.Tenant;
import org.consulta.moderation.Decision;
import org.consulta.moderation.ModerationService;
import org.consulta.plan.ActionPlan;
import org.consulta.repository.Repository;
import org.consulta.repository.RepositoryService;
import org.consulta.testing.Content;
import org.consulta.testing.Csv;
import org.consulta.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Open data in the real WAR: every dataset parses back as CSV and JSON and matches the database;
 * hidden, held and withdrawn contributions are absent; another repository's rows never appear; the
 * licence travels with the data; tens of thousands of contributions export a page at a time (time and
 * heap printed).
 */
@ExtendWith(ArquillianExtension.class)
class OpenDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar(OpenDataIT.class, Content.class, Csv.class);
    }

    @Inject
    Content content;
    @Inject
    OpenDataExport export;
    @Inject
    RepositoryService repositories;
    @Inject
    CommitmentService commitments;
    @Inject
    ConsultationService consultations;
    @Inject
    CommentService comments;
    @Inject
    ResponseService responses;
    @Inject
    ModerationService moderation;
    @Inject
    org.consulta.opendata.OpenDataService data;
    @Inject
    org.consulta.commitment.CommitmentReader reader;

    private static final int DOUBLINGS = 8;

    Tenant tenant;
    Long admin;
    Commitment commitment;

    @BeforeEach
    void anOpenConsultation() {
        tenant = content.newRepository();
        admin = content.admin();
        commitment = consult(tenant);
    }

    @Test
    void contributionsExportAsCsvAndJsonWithPublicContentOnly() throws Exception {
        long author = content.newAccount("Autora", "es");
        Comment kept = post(tenant, author, "Hay que publicar los pagos, también.");
        Comment reply = comments.reply(tenant, admin, kept.getId(), "=SUM(A1) no es una fórmula aquí", "fr", null);
        Comment hidden = post(tenant, content.newAccount("troll"), "Texto ofensivo oculto");
        moderation.moderate(tenant, admin, new Decision(Decision.Step.HIDE, ModerationReason.OFFENSIVE, null, List.of(hidden.getId())));
        Comment withdrawn = post(tenant, author, "Retirado");
        comments.withdrawComment(tenant, author, withdrawn.getId());
        ResponseForm answer = new ResponseForm();
        answer.setStatus(ResponseStatus.ACCEPTED);
        answer.setInstitution("Dirección de compras");
        answer.setOriginalLanguage("es");
        answer.getReasoning().put("es", "Se publicarán desde 2026.");
        responses.respond(tenant, admin, kept.getId(), answer);
        content.preModeration(tenant, 0);
        Comment held = post(tenant, author, "Retenido");
        Tenant other = content.newRepository();
        consult(other);
        Comment elsewhere = post(other, author, "Otro espacio");

        List<List<String>> csv = Csv.parse(write(Dataset.CONTRIBUTIONS, true).substring(1));
        List<String> header = csv.get(0);
        Set<Long> ids = csv.subList(1, csv.size()).stream().map(r -> Long.valueOf(r.get(header.indexOf("id")))).collect(Collectors.toSet());
        assertEquals(Set.of(kept.getId(), reply.getId()), ids, "public contributions only, of this repository only");
        List<String> first = csv.get(1);
        assertEquals("ACCEPTED", first.get(header.indexOf("response_status")));
        assertEquals("Se publicarán desde 2026.", first.get(header.indexOf("response_es")));
        assertEquals("ORIGINAL", first.get(header.indexOf("response_es_status")));
        assertEquals("MISSING", first.get(header.indexOf("response_en_status")));
        assertEquals("Autora", first.get(header.indexOf("author")));
        assertEquals("'=SUM(A1) no es una fórmula aquí", csv.get(2).get(header.indexOf("text")), "formula neutralised");

        JsonObject json = Json.createReader(new StringReader(write(Dataset.CONTRIBUTIONS, false))).readObject();
        assertEquals("CC-BY-4.0", json.getJsonObject("licence").getString("id"));
        assertEquals(List.of(kept.getId(), reply.getId()), json.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("id").longValue()).toList());
        String everything = write(Dataset.CONTRIBUTIONS, true) + write(Dataset.CONTRIBUTIONS, false);
        for (Comment absent : List.of(hidden, withdrawn, held, elsewhere)) {
            assertFalse(everything.contains(absent.getWrittenBody()), absent.getWrittenBody() + " must not be exported");
        }
    }

    /**
     * A consultation whose administrators turned off reading without an account: its page shows visitors
     * the counts only, and the open-data files and the API (both read {@link OpenDataService#contributions})
     * leave its contributions out, every one of them, until it closes and its report is public.
     */
    @Test
    void aDiscussionForParticipantsOnlyStaysOutOfTheFilesAndTheApiUntilItCloses() {
        long author = content.newAccount("Autora", "es");
        Comment open = post(tenant, author, "plan-o", "C1", "Consulta abierta a todos");
        ActionPlan plan = content.newPlan(tenant, "plan-m");
        for (String title : List.of("Registre des lobbies", "Budget ouvert", "Marchés publics")) {
            commitments.publishDraft(tenant, admin, content.newCommitment(tenant, plan, title, 2).getId(), null);
        }
        org.consulta.consultation.Consultation members = content.openConsultationNow(tenant, plan, false);
        List<Comment> reserved = List.of(post(tenant, author, "plan-m", "C1", "Primero, reservado"),
                post(tenant, author, "plan-m", "C2", "En medio, reservado"), post(tenant, author, "plan-m", "C3", "Último, reservado"));

        String files = write(Dataset.CONTRIBUTIONS, true) + write(Dataset.CONTRIBUTIONS, false);
        List<Long> api = data.contributions(tenant, 0, 100, List.of("es")).stream().map(r -> (Long) r.get("id")).toList();
        assertTrue(files.contains(open.getWrittenBody()) && api.contains(open.getId()), "the public discussion is there");
        for (Comment c : reserved) {
            assertFalse(files.contains(c.getWrittenBody()), c.getWrittenBody() + " is for participants only");
            assertFalse(api.contains(c.getId()), c.getWrittenBody() + " is not in the API");
        }
        assertFalse(consultations.discussionReadableBy(tenant, reader.find(tenant, "plan-m", "C2"), null, java.time.Instant.now()),
                "the page follows the same rule");

        consultations.endEarly(tenant, admin, members.getId(), "Le forum a clos la consultation", "fr");
        List<Long> after = data.contributions(tenant, 0, 100, List.of("es")).stream().map(r -> (Long) r.get("id")).toList();
        String filesAfter = write(Dataset.CONTRIBUTIONS, false);
        for (Comment c : reserved) {
            assertTrue(after.contains(c.getId()) && filesAfter.contains(c.getWrittenBody()), "public once closed: " + c.getWrittenBody());
        }
    }

    @Test
    void everyDatasetParsesBackAndMatchesTheDatabase() throws Exception {
        List<List<String>> plans = Csv.parse(write(Dataset.PLANS, true).substring(1));
        assertEquals(2, plans.size(), "header and the one plan");
        assertEquals("plan-o", plans.get(1).get(plans.get(0).indexOf("slug")));
        assertEquals("ORIGINAL", plans.get(1).get(plans.get(0).indexOf("title_fr_status")));

        List<List<String>> lines = Csv.parse(write(Dataset.COMMITMENTS, true).substring(1));
        List<String> header = lines.get(0);
        assertEquals("C1", lines.get(1).get(header.indexOf("reference")));
        assertEquals("Contrats ouverts", lines.get(1).get(header.indexOf("title_fr")));
        assertEquals("MISSING", lines.get(1).get(header.indexOf("title_es_status")));
        assertEquals("NO_EVIDENCE", lines.get(1).get(header.indexOf("completion")));
        List<List<String>> milestones = Csv.parse(write(Dataset.MILESTONES, true).substring(1));
        assertEquals(4, milestones.size(), "header and three milestones");
        assertEquals(List.of("Livrable 1", "ORIGINAL", "", "MISSING", "NOT_STARTED"), List.of(
                milestones.get(1).get(milestones.get(0).indexOf("deliverable_fr")),
                milestones.get(1).get(milestones.get(0).indexOf("deliverable_fr_status")),
                milestones.get(1).get(milestones.get(0).indexOf("deliverable_es")),
                milestones.get(1).get(milestones.get(0).indexOf("deliverable_es_status")),
                milestones.get(1).get(milestones.get(0).indexOf("status"))), "each deliverable in every language, with its status");

        JsonObject consultationsJson = Json.createReader(new StringReader(write(Dataset.CONSULTATIONS, false))).readObject();
        assertEquals(1, consultationsJson.getJsonArray("rows").size());
        assertEquals(0, consultationsJson.getJsonArray("rows").getJsonObject(0).getJsonNumber("contributions").longValue());
        assertEquals(0, Json.createReader(new StringReader(write(Dataset.BALLOTS, false))).readObject().getJsonArray("rows").size());
        List<String> languages = repositories.getActive(tenant.slug()).getLanguages();
        assertEquals(List.of(Dataset.BALLOTS.header(languages)), Csv.parse(write(Dataset.BALLOTS, true).substring(1)),
                "a dataset without rows still has its header");
        assertTrue(Dataset.BALLOTS.header(languages).containsAll(List.of("question_fr_status", "civil_society_place")));
    }

    @Test
    void manyContributionsExportAPageAtATime() {
        for (int i = 0; i < 100; i++) {
            post(tenant, admin, "Contribution numéro " + i + ", avec des virgules, des « guillemets » et des accents.");
        }
        // 100 × 2^8 = 25,600 in the suite; the measurement in the README and the notes ran with 10 doublings (102,400)
        content.doubleComments(tenant, commitment.getId(), DOUBLINGS);
        Repository repository = repositories.getActive(tenant.slug());
        long[] counted = {0};
        Writer counter = new Writer() {
            @Override public void write(char[] buffer, int offset, int length) {
                for (int i = offset; i < offset + length; i++) {
                    if (buffer[i] == '\n') {
                        counted[0]++;
                    }
                }
            }
            @Override public void flush() { }
            @Override public void close() { }
        };
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = heapUsed();
        long start = System.nanoTime();
        export.write(repository, Dataset.CONTRIBUTIONS, true, counter);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        assertEquals((100L << DOUBLINGS) + 1, counted[0], "a header and 100 × 2^" + DOUBLINGS + " contributions");
        System.out.printf("Open data: %d contributions exported as CSV in %d ms; heap before %.0f MB, peak during %.0f MB%n",
                counted[0] - 1, millis, before / 1048576.0, peak / 1048576.0);
    }

    // --- helpers

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private String write(Dataset dataset, boolean csv) {
        StringWriter out = new StringWriter();
        export.write(repositories.getActive(tenant.slug()), dataset, csv, out);
        return out.toString();
    }

    private Commitment consult(Tenant where) {
        ActionPlan plan = content.newPlan(where, "plan-o");
        Commitment c = content.newCommitment(where, plan, "Contrats ouverts", 3);
        commitments.publishDraft(where, admin, c.getId(), null);
        content.openConsultationNow(where, plan);
        return c;
    }

    private Comment post(Tenant where, long author, String body) {
        return post(where, author, "plan-o", "C1", body);
    }

    private Comment post(Tenant where, long author, String plan, String reference, String body) {
        return comments.postComment(where, author, plan, reference, new NewComment(null, null, body, Alignment.NEUTRAL, "es"));
    }

}
