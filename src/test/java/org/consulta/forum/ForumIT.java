package org.consulta.forum;

import jakarta.inject.Inject;
import org.consulta.account.Constituency;
import org.consulta.commitment.CommitmentService;
import org.consulta.consultation.ConsultationService;
import org.consulta.consultation.SupportService;
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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forum in the real WAR: one ballot per voter whatever arrives together, the last one counting;
 * who may vote, by role and repository; the window on the server's clock; receipts; results per
 * constituency adding up to the total; the page's members and meetings; citizens' supports.
 */
@ExtendWith(ArquillianExtension.class)
class ForumIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar(ForumIT.class, Content.class);
    }

    @Inject
    Content content;
    @Inject
    BallotAdmin admin;
    @Inject
    BallotService ballots;
    @Inject
    BallotResults results;
    @Inject
    ForumService forums;
    @Inject
    SupportService supports;
    @Inject
    ConsultationService consultations;
    @Inject
    CommitmentService commitments;
    @Inject
    org.consulta.plan.PolicyAreaService areas;

    Tenant tenant;
    Long adminId;
    long gov1;
    long gov2;
    long cso1;
    long cso2;

    @BeforeEach
    void aForumOfTwoAndTwo() {
        tenant = content.newRepository();
        adminId = content.admin();
        gov1 = member("gov1", Constituency.GOVERNMENT, "Ministère");
        gov2 = member("gov2", Constituency.GOVERNMENT, "Mairie");
        cso1 = member("cso1", Constituency.CIVIL_SOCIETY, "Transparence Ouest");
        cso2 = member("cso2", Constituency.CIVIL_SOCIETY, "Données citoyennes");
    }

    @Test
    void oneBallotPerVoterHoweverManyArriveTogetherAndTheLastOneCounts() throws Exception {
        Ballot ballot = ranked(Electorate.FORUM, false);
        // 50 copies of one submitted form (a double click, a retry): one row, and every copy's receipt is the one that counts
        List<String> copies = together(50, i -> ballots.castBallot(tenant, gov2, ballot.getId(), new int[] {2, 1, 3}, "one-form-submission-token"));
        assertEquals(1, copies.stream().distinct().count(), "the same receipt for every copy: " + copies);
        assertTrue(ballots.verifyReceipt(tenant, ballot.getId(), copies.get(0)).isPresent(), "and it verifies");
        assertEquals(1, content.ballotRows(ballot.getId()));

        // 8 different ballots of one voter at once: the last one counts; the others are told they were replaced
        List<String> outcomes = together(8, i -> {
            try {
                return ballots.castBallot(tenant, gov1, ballot.getId(), i % 2 == 0 ? new int[] {1, 2, 3} : new int[] {3, 2, 1},
                        "submission-" + i + "-of-eight-distinct");
            } catch (org.consulta.kernel.RefusedException replaced) {
                return "refused:" + replaced.messageKey();
            }
        });
        assertEquals(2, content.ballotRows(ballot.getId()), "one row per voter, whatever raced");
        List<String> codes = outcomes.stream().filter(o -> !o.startsWith("refused:")).toList();
        assertTrue(outcomes.stream().filter(o -> o.startsWith("refused:")).allMatch(o -> o.equals("refused:ballot.refused.superseded")), outcomes.toString());
        long verified = codes.stream().filter(code -> ballots.verifyReceipt(tenant, ballot.getId(), code).isPresent()).count();
        assertEquals(1, verified, "exactly one receipt counts: " + outcomes);

        String first = ballots.castBallot(tenant, cso1, ballot.getId(), new int[] {1, 0, 0}, null);
        String second = ballots.castBallot(tenant, cso1, ballot.getId(), new int[] {0, 0, 1}, null);
        assertArrayEquals(new int[] {0, 0, 1}, ballots.ownMarks(tenant, cso1, ballot.getId()).orElseThrow(), "replaced");
        assertFalse(ballots.verifyReceipt(tenant, ballot.getId(), first).isPresent(), "the replaced ballot's receipt no longer counts");
        assertTrue(ballots.verifyReceipt(tenant, ballot.getId(), second.toLowerCase().replace("-", " ")).isPresent(),
                "a receipt typed loosely still verifies");
        assertFalse(ballots.verifyReceipt(tenant, ballot.getId(), "AAAA-BBBB-CCCC-DDDD").isPresent());
        assertEquals(3, content.ballotRows(ballot.getId()));
    }

    /** {@code n} calls started at the same instant, their results in order. */
    private static List<String> together(int n, java.util.function.IntFunction<String> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            results.add(pool.submit(() -> {
                start.await();
                return call.apply(index);
            }));
        }
        start.countDown();
        List<String> values = new ArrayList<>();
        for (Future<String> f : results) {
            values.add(f.get());
        }
        pool.shutdown();
        return values;
    }

    @Test
    void whoMayVoteIsDecidedByRoleRepositoryAndWindow() {
        Ballot forumOnly = ranked(Electorate.FORUM, false);
        long citizen = content.newAccount("citizen");
        assertForum("ballot.refused.not_eligible", () -> ballots.castBallot(tenant, citizen, forumOnly.getId(), new int[] {1, 0, 0}, null));
        assertForum("comment.refused.unconfirmed", () -> ballots.castBallot(tenant, content.newUnconfirmedAccount(), forumOnly.getId(), new int[] {1, 0, 0}, null));
        Ballot everyone = ranked(Electorate.PARTICIPANTS, false);
        ballots.castBallot(tenant, citizen, everyone.getId(), new int[] {1, 0, 0}, null);

        Tenant other = content.newRepository();
        long outsider = content.newAccount("outsider");
        content.forumMember(other, outsider, Constituency.GOVERNMENT, "Ailleurs");
        assertForum("ballot.refused.not_eligible", () -> ballots.castBallot(tenant, outsider, forumOnly.getId(), new int[] {1, 0, 0}, null),
                "a member of another repository's forum");
        assertThrows(org.consulta.kernel.NotFoundException.class, () -> ballots.ballot(other, forumOnly.getId()),
                "another repository does not see the ballot");
        assertForum("ballot.refused.not_found", () -> ballots.castBallot(other, outsider, forumOnly.getId(), new int[] {1, 0, 0}, null));

        content.moveBallot(forumOnly.getId(), Instant.now().minus(Duration.ofDays(3)), Instant.now().minus(Duration.ofMinutes(1)));
        assertForum("ballot.refused.closed", () -> ballots.castBallot(tenant, gov1, forumOnly.getId(), new int[] {1, 0, 0}, null));
        content.moveBallot(forumOnly.getId(), Instant.now().plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(3)));
        assertForum("ballot.refused.not_open", () -> ballots.castBallot(tenant, gov1, forumOnly.getId(), new int[] {1, 0, 0}, null));
        assertEquals(0, content.ballotRows(forumOnly.getId()), "refusals changed nothing");
    }

    @Test
    void invalidBallotsAreRefusedWithTheirReason() {
        Ballot ranked = ranked(Electorate.FORUM, false);
        assertForum("ballot.refused.duplicate_rank", () -> ballots.castBallot(tenant, gov1, ranked.getId(), new int[] {1, 1, 0}, null));
        assertForum("ballot.refused.unknown_option", () -> ballots.castBallot(tenant, gov1, ranked.getId(), new int[] {1, 2, 3, 4}, null));
        BallotForm dots = form(BallotMethod.CUMULATIVE, Electorate.FORUM, false);
        dots.setChoiceLimit(10);
        dots.setPointCap(6);
        Ballot cumulative = admin.createBallot(tenant, adminId, dots);
        assertForum("ballot.refused.over_budget", () -> ballots.castBallot(tenant, gov1, cumulative.getId(), new int[] {6, 5, 0}, null));
        assertForum("ballot.refused.over_cap", () -> ballots.castBallot(tenant, gov1, cumulative.getId(), new int[] {7, 0, 0}, null));
        ballots.castBallot(tenant, gov1, cumulative.getId(), new int[] {6, 4, 0}, null);
        BallotForm approval = form(BallotMethod.APPROVAL, Electorate.FORUM, false);
        approval.setChoiceLimit(1);
        Ballot pickOne = admin.createBallot(tenant, adminId, approval);
        assertForum("ballot.refused.too_many", () -> ballots.castBallot(tenant, gov1, pickOne.getId(), new int[] {1, 1, 0}, null));
        assertEquals(0, content.ballotRows(ranked.getId()) + content.ballotRows(pickOne.getId()));
        assertForum("ballot.refused.window", () -> {
            BallotForm past = form(BallotMethod.RANKED, Electorate.FORUM, false);
            past.setCloses(LocalDateTime.now(ZoneOffset.UTC).minusDays(1));
            admin.createBallot(tenant, adminId, past);
        });
        assertThrows(org.consulta.account.AccessDeniedException.class, () -> admin.createBallot(tenant, gov1, form(BallotMethod.RANKED, Electorate.FORUM, false)));
    }

    @Test
    void resultsPerConstituencyAddUpToTheTotalAndSayWhereTheSidesAgree() {
        Ballot ballot = ranked(Electorate.PARTICIPANTS, false);
        long citizen = content.newAccount("citizen");
        ballots.castBallot(tenant, gov1, ballot.getId(), new int[] {1, 2, 3}, null);
        ballots.castBallot(tenant, gov2, ballot.getId(), new int[] {1, 3, 2}, null);
        ballots.castBallot(tenant, cso1, ballot.getId(), new int[] {1, 2, 0}, null);
        ballots.castBallot(tenant, cso2, ballot.getId(), new int[] {2, 1, 0}, null);
        ballots.castBallot(tenant, citizen, ballot.getId(), new int[] {0, 0, 1}, null);
        assertTrue(results.results(tenant, ballot.getId(), Instant.now()).isEmpty(), "not shown while open");

        BallotResult result = results.results(tenant, ballot.getId(), ballot.getClosesAt().plusSeconds(1)).orElseThrow();
        assertEquals(5, result.overall().ballots());
        assertEquals(5, result.bySide().values().stream().mapToLong(Tally::ballots).sum());
        assertEquals(1, result.bySide().get(Constituency.OTHER).ballots(), "a participant outside the forum");
        long[][] total = result.overall().pairwise();
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 3; y++) {
                long sum = 0;
                for (Tally side : result.bySide().values()) {
                    sum += side.pairwise()[x][y];
                }
                assertEquals(total[x][y], sum, "pairwise " + x + ">" + y + " adds up");
            }
        }
        assertEquals(List.of(0), result.governmentFirst());
        assertEquals(List.of(0, 1), result.civilSocietyFirst(), "a tie, shown as a tie");
        assertTrue(result.isSidesAgree(), "both put option 0 first, civil society tied with option 1");
        assertEquals(List.of(0), result.sharedFirst());
        assertEquals(List.of(0), result.overall().standing().first());

        Ballot live = ranked(Electorate.FORUM, true);
        ballots.castBallot(tenant, gov1, live.getId(), new int[] {0, 1, 0}, null);
        assertEquals(1, results.results(tenant, live.getId(), Instant.now()).orElseThrow().overall().ballots(), "live results");
    }

    @Test
    void theForumPageListsMembersByConstituencyAndWarnsWhenItHasNotMetForSixMonths() {
        assertTrue(forums.forum(tenant, LocalDate.now()).overdue(), "never met");
        forums.describeForum(tenant, adminId, "fr", new java.util.HashMap<>(java.util.Map.of("fr", "Suivre le plan d’action")),
                new java.util.HashMap<>(java.util.Map.of("fr", "Parité, réunions publiques")));
        MeetingForm meeting = new MeetingForm();
        meeting.setHeldOn(LocalDate.now().minusMonths(7));
        meeting.setLanguage("fr");
        meeting.setAgenda("Priorités du plan");
        forums.recordMeeting(tenant, adminId, meeting);
        ForumView view = forums.forum(tenant, LocalDate.now());
        assertTrue(view.overdue(), "seven months ago");
        assertEquals(List.of("Ministère", "Mairie").stream().sorted().toList(),
                view.members().get(Constituency.GOVERNMENT).stream().map(ForumView.Member::organisation).sorted().toList());
        meeting.setHeldOn(LocalDate.now().minusMonths(1));
        forums.recordMeeting(tenant, adminId, meeting);
        assertFalse(forums.forum(tenant, LocalDate.now()).overdue());
        assertThrows(org.consulta.account.AccessDeniedException.class, () -> forums.recordMeeting(tenant, gov1, meeting));
        assertForum("forum.refused.text_needed", () -> {
            MeetingForm empty = new MeetingForm();
            empty.setHeldOn(LocalDate.now());
            forums.recordMeeting(tenant, adminId, empty);
        });
    }

    @Test
    void minutesArePublishedAfterTheMeetingAsTextAndACheckedDocument() {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
        MeetingForm form = new MeetingForm();
        form.setHeldOn(LocalDate.now().minusDays(3));
        form.setLanguage("fr");
        form.setAgenda("Bilan à mi-parcours");
        long held = forums.recordMeeting(tenant, adminId, form).getId();
        form.setHeldOn(LocalDate.now().plusDays(10));
        long coming = forums.recordMeeting(tenant, adminId, form).getId();
        assertEquals(List.of(held), forums.pastMeetings(tenant, adminId).stream().map(m -> m.getId()).toList());

        assertEquals("plans_edit.document_mismatch", assertThrows(org.consulta.kernel.RefusedException.class,
                () -> forums.publishMinutes(tenant, adminId, held, "fr", null, "compte-rendu.pdf", png.length,
                        new java.io.ByteArrayInputStream(png))).messageKey(), "a PNG named .pdf");
        assertForum("forum.refused.minutes_needed", () -> forums.publishMinutes(tenant, adminId, held, "fr", " ", null, 0, null));
        assertForum("forum.refused.minutes_future", () -> forums.publishMinutes(tenant, adminId, coming, "fr", "Trop tôt", null, 0, null));
        assertThrows(org.consulta.account.AccessDeniedException.class,
                () -> forums.publishMinutes(tenant, gov1, held, "fr", "Pas administrateur", null, 0, null));
        Tenant other = content.newRepository();
        assertForum("forum.refused.meeting", () -> forums.publishMinutes(other, adminId, held, "fr", "Ailleurs", null, 0, null));
        assertNull(forums.minutesDocument(tenant, held), "refusals changed nothing");

        forums.publishMinutes(tenant, adminId, held, "fr", "Le forum a revu les jalons en retard.", "compte-rendu.pdf", pdf.length,
                new java.io.ByteArrayInputStream(pdf));
        forums.publishMinutes(tenant, adminId, held, "es", "El foro revisó los hitos atrasados.", null, 0, null);
        var meeting = forums.forum(tenant, LocalDate.now()).meetings().stream().filter(m -> m.getId() == held).findFirst().orElseThrow();
        assertEquals("ORIGINAL", meeting.getMinutes().in("fr").orElseThrow().status().name());
        assertEquals("HUMAN", meeting.getMinutes().in("es").orElseThrow().status().name(), "another language is a translation");
        assertEquals("compte-rendu.pdf", meeting.getMinutesName());
        assertNotNull(meeting.getMinutesPublishedAt());
        assertEquals(pdf.length, forums.minutesDocument(tenant, held).getMinutesContent().length);
        assertNull(forums.minutesDocument(other, held), "another repository downloads nothing");
        assertTrue(java.util.Arrays.stream(meeting.getClass().getInterfaces())
                        .anyMatch(i -> i.getName().equals("org.eclipse.persistence.internal.weaving.PersistenceWeavedFetchGroups")),
                "woven for lazy fetching: listing meetings does not read their documents");
    }

    @Test
    void citizensSupportADraftCommitmentOnceDuringItsConsultation() {
        ActionPlan plan = content.newPlan(tenant, "plan-f");
        var commitment = content.newCommitment(tenant, plan, "Contrats ouverts", 1);
        commitments.publishDraft(tenant, adminId, commitment.getId(), null);
        long citizen = content.newAccount("supporter");
        assertEquals("support.refused.closed", assertThrows(RefusedException.class,
                () -> supports.supportCommitment(tenant, citizen, "plan-f", "C1")).messageKey());
        content.openConsultationNow(tenant, plan);
        supports.supportCommitment(tenant, citizen, "plan-f", "C1");
        assertEquals("support.refused.already", assertThrows(RefusedException.class,
                () -> supports.supportCommitment(tenant, citizen, "plan-f", "C1")).messageKey());
        supports.supportCommitment(tenant, gov1, "plan-f", "C1");
        assertEquals(2L, supports.counts(tenant, plan.getId()).get(commitment.getId()));
        supports.withdrawSupport(tenant, citizen, "plan-f", "C1");
        assertEquals(1L, supports.counts(tenant, plan.getId()).get(commitment.getId()));
        assertFalse(supports.supports(tenant, citizen, commitment.getId()));
    }

    @Test
    void optionsMayBeDraftCommitmentsAndPolicyAreasInTheirLanguages() {
        ActionPlan plan = content.newPlan(tenant, "plan-o");
        var commitment = content.newCommitment(tenant, plan, "Contrats ouverts", 1);
        var unpublished = content.newCommitment(tenant, plan, "Brouillon", 1);
        commitments.publishDraft(tenant, adminId, commitment.getId(), null);
        var area = areas.addPolicyArea(tenant, adminId, "fr", new java.util.HashMap<>(java.util.Map.of("fr", "Justice", "es", "Justicia")));
        BallotForm form = form(BallotMethod.APPROVAL, Electorate.FORUM, false);
        form.getOptions().clear();
        form.getCommitments().add(String.valueOf(commitment.getId()));
        form.getPolicyAreas().add(String.valueOf(area.getId()));
        Ballot ballot = admin.createBallot(tenant, adminId, form);
        assertEquals(List.of("C1 — Contrats ouverts", "Justicia"), ballots.ballot(tenant, ballot.getId()).getOptions().stream()
                .map(o -> o.getLabel().show("es", List.of("fr")).orElseThrow().text()).toList());
        form.getCommitments().add(String.valueOf(unpublished.getId()));
        assertForum("ballot.refused.options", () -> admin.createBallot(tenant, adminId, form), "an unpublished commitment");
    }

    // --- helpers

    private long member(String prefix, Constituency side, String organisation) {
        long id = content.newAccount(prefix);
        content.forumMember(tenant, id, side, organisation);
        return id;
    }

    private Ballot ranked(Electorate electorate, boolean live) {
        return admin.createBallot(tenant, adminId, form(BallotMethod.RANKED, electorate, live));
    }

    private static BallotForm form(BallotMethod method, Electorate electorate, boolean live) {
        BallotForm form = new BallotForm();
        form.setOriginalLanguage("fr");
        form.getQuestions().put("fr", "Quelles priorités pour le plan ?");
        form.getOptions().put("fr", "Contrats ouverts\nRegistre des lobbies\nBudget participatif");
        form.getOptions().put("es", "Contratos abiertos\nRegistro de lobbies\nPresupuesto participativo");
        form.setMethod(method);
        form.setElectorate(electorate);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        form.setOpens(now.minusHours(1));
        form.setCloses(now.plusDays(7));
        form.setLiveResults(live);
        return form;
    }

    private static void assertForum(String key, Executable call) {
        assertForum(key, call, key);
    }

    private static void assertForum(String key, Executable call, String why) {
        assertEquals(key, assertThrows(RefusedException.class, call, why).messageKey(), why);
    }
}
