package org.consulta.moderation;

import jakarta.inject.Inject;
import org.consulta.account.AccessDeniedException;
import org.consulta.account.RepositoryRole;
import org.consulta.comment.Alignment;
import org.consulta.comment.Comment;
import org.consulta.comment.CommentReader;
import org.consulta.comment.CommentService;
import org.consulta.comment.CommentThreads;
import org.consulta.comment.ConsultationReport;
import org.consulta.comment.ModerationReason;
import org.consulta.comment.NewComment;
import org.consulta.comment.Visibility;
import org.consulta.commitment.CommitmentService;
import org.consulta.consultation.Consultation;
import org.consulta.consultation.ConsultationService;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.plan.ActionPlan;
import org.consulta.repository.RepositoryAdminService;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Moderation in the real WAR: the threshold under racing flags, one flag per person enforced by the
 * database, pre-moderation's reading rights, repositories' queues kept apart, no one moderating
 * their own words, appeals routed to another moderator, hidden content out of every figure, the
 * audit trail, blocks on every path, the digest (hourly when something new waits, else daily) and the public monthly figures.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar(ModerationIT.class, Content.class);
    }

    @Inject
    Content content;
    @Inject
    ConsultationService consultations;
    @Inject
    CommitmentService commitmentService;
    @Inject
    CommentService comments;
    @Inject
    CommentReader threads;
    @Inject
    ConsultationReport report;
    @Inject
    FlagService flags;
    @Inject
    ModerationService moderation;
    @Inject
    ModerationQueue queue;
    @Inject
    AppealService appeals;
    @Inject
    AppealQueue appealQueue;
    @Inject
    BlockService blocks;
    @Inject
    ModerationDigest digest;
    @Inject
    TransparencyReport transparency;
    @Inject
    RepositoryAdminService repositoryAdmin;

    Tenant tenant;
    Long admin;
    Consultation consultation;
    long author;
    long moderator;

    @BeforeEach
    void anOpenConsultation() {
        tenant = content.newRepository();
        admin = content.admin();
        consultation = openConsultation(tenant);
        author = content.newAccount("author", "es");
        moderator = content.newAccount("moderator");
        content.appoint(tenant, moderator, RepositoryRole.MODERATOR);
    }

    @Test
    void flagsHideAContributionExactlyAtTheThresholdHoweverTheyRace() throws Exception {
        Comment comment = post(author, "Achetez mes montres");
        flags.flagComment(tenant, content.newAccount("f1"), comment.getId(), ModerationReason.SPAM, null);
        flags.flagComment(tenant, content.newAccount("f2"), comment.getId(), ModerationReason.OFFENSIVE, null);
        assertEquals(Visibility.PUBLISHED, content.comment(tenant, comment.getId()).getVisibility(), "2 flags of 3: still public");
        assertEquals(2, content.comment(tenant, comment.getId()).getOpenFlags());

        List<Long> racers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            racers.add(content.newAccount("racer" + i));
        }
        List<Object> outcomes = race(racers.stream().<Callable<Object>>map(f -> () -> {
            flags.flagComment(tenant, f, comment.getId(), ModerationReason.SPAM, null);
            return "flagged";
        }).toList());
        Comment hidden = content.comment(tenant, comment.getId());
        assertEquals(Visibility.HIDDEN, hidden.getVisibility());
        assertEquals(ModerationReason.SPAM, hidden.getHiddenReason(), "the reason most flaggers gave");
        assertEquals(1, outcomes.stream().filter("flagged"::equals).count(), "only the flag that reached 3 counts: " + outcomes);
        assertEquals(5, outcomes.stream().filter("moderation.refused.not_flaggable"::equals).count(), outcomes.toString());
        assertEquals(3, content.rows("flag", comment.getId()));
        assertEquals(1, content.rows("moderation_action", comment.getId()), "one automatic hiding");
        assertEquals(List.of("es:mail_hidden"), mails(author, "mail_hidden"));
    }

    @Test
    void oneFlagPerPersonAndItemIsTheDatabasesRule() throws Exception {
        Comment comment = post(author, "Un avis");
        long flagger = content.newAccount("flagger");
        List<Object> outcomes = race(java.util.Collections.nCopies(6, () -> {
            flags.flagComment(tenant, flagger, comment.getId(), ModerationReason.OFF_TOPIC, null);
            return "flagged";
        }));
        assertEquals(1, outcomes.stream().filter("flagged"::equals).count(), outcomes.toString());
        assertEquals(5, outcomes.stream().filter("moderation.refused.already_flagged"::equals).count(), outcomes.toString());
        assertThrows(Exception.class, () -> content.insertFlagRow(tenant, comment.getId(), flagger),
                "the unique key refuses a second row the services did not check");
        assertEquals(1, content.rows("flag", comment.getId()));
        assertModeration("moderation.refused.own_flag", () -> flags.flagComment(tenant, author, comment.getId(), ModerationReason.SPAM, null));
        assertModeration("moderation.refused.reason", () -> flags.flagComment(tenant, moderator, comment.getId(), null, null));
        assertModeration("moderation.refused.text_needed", () -> flags.flagComment(tenant, moderator, comment.getId(), ModerationReason.OTHER, " "));
        assertEquals(1, content.rows("flag", comment.getId()), "refusals changed nothing");
        flags.flagAccount(tenant, flagger, author, ModerationReason.SPAM, "Publicités en série");
        assertModeration("moderation.refused.already_flagged", () -> flags.flagAccount(tenant, flagger, author, ModerationReason.SPAM, null));
    }

    @Test
    void preModerationShowsAHeldContributionToItsAuthorAndTheModeratorsOnly() {
        content.preModeration(tenant, 1);
        Comment first = post(author, "Première contribution");
        assertTrue(first.isHeld());
        long reader = content.newAccount("reader");
        assertEquals(0, page(null).getTotal(), "a visitor does not see it");
        assertEquals(0, page(reader).getTotal(), "another participant does not see it");
        CommentThreads own = page(author);
        assertEquals(1, own.getTotal(), "its author does");
        assertTrue(own.getThreads().get(0).getComment().isHeld());
        assertEquals(0, own.getAnswerable(), "a held contribution is not counted");
        List<QueueItem> held = queue.contributions(tenant, moderator, filter(QueueFilter.Tab.HELD)).getItems();
        assertEquals(List.of(first.getId()), held.stream().map(i -> i.getComment().getId()).toList());
        assertEquals("Première contribution", held.get(0).getComment().getWrittenBody());
        assertEquals(List.of("es:mail_held"), mails(author, "mail_held"));
        assertEquals(1, queue.waiting(tenant, moderator).getHeld());

        assertEquals("comment.refused.gone", assertThrows(org.consulta.kernel.RefusedException.class,
                () -> comments.reply(tenant, reader, first.getId(), "Réponse à ce que je ne lis pas", "fr", null)).messageKey(),
                "a held contribution takes no replies from others");
        moderation.moderate(tenant, moderator, new Decision(Decision.Step.APPROVE, null, null, List.of(first.getId())));
        Comment heldReply = comments.reply(tenant, reader, first.getId(), "Réponse retenue", "fr", null);
        assertTrue(heldReply.isHeld());
        moderation.moderate(tenant, moderator, new Decision(Decision.Step.APPROVE, null, null, List.of(heldReply.getId())));
        assertEquals(1, page(null).getTotal(), "public once approved");
        assertEquals(1, page(null).getThreads().get(0).getReplies().size());
        assertTrue(mails(author, "mail_reply").size() == 1, "the reply is announced when approved");
        assertFalse(post(author, "Deuxième").isHeld(), "only an account's first contribution is held here");
        assertFalse(comments.postComment(tenant, moderator, "plan-m", "C1", whole("Modérateur")).isHeld(), "moderators are not held");
    }

    @Test
    void aRepositorysModeratorsCannotSeeNorActOnAnotherRepositorysQueue() {
        Comment comment = post(author, "Texte");
        Tenant other = content.newRepository();
        long otherModerator = content.newAccount("othermod");
        content.appoint(other, otherModerator, RepositoryRole.MODERATOR);
        assertThrows(AccessDeniedException.class, () -> queue.contributions(tenant, otherModerator, filter(QueueFilter.Tab.FLAGGED)));
        assertThrows(AccessDeniedException.class, () -> appealQueue.appeals(tenant, otherModerator, 0));
        assertThrows(AccessDeniedException.class, () -> moderation.moderate(tenant, otherModerator,
                new Decision(Decision.Step.HIDE, ModerationReason.SPAM, null, List.of(comment.getId()))));
        assertModeration("moderation.refused.not_found", () -> moderation.moderate(other, otherModerator,
                new Decision(Decision.Step.HIDE, ModerationReason.SPAM, null, List.of(comment.getId()))));
        assertThrows(AccessDeniedException.class, () -> blocks.blockAccount(tenant, otherModerator, author, "Spam", false, null));
        assertThrows(AccessDeniedException.class, () -> queue.contributions(tenant, author, filter(QueueFilter.Tab.FLAGGED)),
                "nor can a participant");
        assertEquals(Visibility.PUBLISHED, content.comment(tenant, comment.getId()).getVisibility());
    }

    @Test
    void aModeratorNeverDecidesOnTheirOwnContribution() {
        Comment own = post(moderator, "Mon avis de modérateur");
        flags.flagComment(tenant, author, own.getId(), ModerationReason.OFFENSIVE, null);
        QueueItem item = queue.contributions(tenant, moderator, filter(QueueFilter.Tab.FLAGGED)).getItems().get(0);
        assertTrue(item.isOwn(), "the queue marks it");
        for (Decision.Step step : Decision.Step.values()) {
            assertModeration("moderation.refused.own_content", () -> moderation.moderate(tenant, moderator,
                    new Decision(step, ModerationReason.OFFENSIVE, null, List.of(own.getId()))));
        }
        assertModeration("moderation.refused.own_content", () -> blocks.blockAccount(tenant, moderator, moderator, "Moi", false, null));
        moderation.moderate(tenant, admin, new Decision(Decision.Step.DISMISS, null, null, List.of(own.getId())));
        assertEquals(0, content.comment(tenant, own.getId()).getOpenFlags(), "another moderator may");
    }

    @Test
    void anAppealIsDecidedByAModeratorOtherThanTheOneWhoHid() {
        Comment comment = post(author, "Le nom du fonctionnaire est Jean Dupont");
        moderation.moderate(tenant, moderator, new Decision(Decision.Step.HIDE, ModerationReason.PERSONAL_DATA, "nom cité", List.of(comment.getId())));
        assertEquals(List.of("es:mail_hidden"), mails(author, "mail_hidden"));
        assertModeration("moderation.refused.not_yours", () -> appeals.appeal(tenant, moderator, comment.getId(), "Pas moi"));
        assertModeration("moderation.refused.text_needed", () -> appeals.appeal(tenant, author, comment.getId(), ""));
        long appealId = appeals.appeal(tenant, author, comment.getId(), "C’est un nom public, cité dans le journal officiel.").getId();
        assertModeration("moderation.refused.already_appealed", () -> appeals.appeal(tenant, author, comment.getId(), "Encore"));

        assertFalse(appealQueue.appeals(tenant, moderator, 0).getItems().get(0).isDecidable(), "not for the one who hid it");
        assertModeration("moderation.refused.same_moderator", () -> appeals.decideAppeal(tenant, moderator, appealId, true, "Oui"));
        long second = content.newAccount("second");
        content.appoint(tenant, second, RepositoryRole.MODERATOR);
        assertTrue(appealQueue.appeals(tenant, second, 0).getItems().get(0).isDecidable());
        assertModeration("moderation.refused.text_needed", () -> appeals.decideAppeal(tenant, second, appealId, true, " "));
        appeals.decideAppeal(tenant, second, appealId, true, "Le nom figure au journal officiel.");
        assertEquals(Visibility.PUBLISHED, content.comment(tenant, comment.getId()).getVisibility());
        assertModeration("moderation.refused.already_decided", () -> appeals.decideAppeal(tenant, admin, appealId, false, "Non"));
        assertEquals(List.of("es:mail_appeal_decided"), mails(author, "mail_appeal_decided"));
        assertTrue(content.queuedMailArgs(author).stream().anyMatch(m -> m.startsWith("mail_appeal_decided") && m.contains("REVERSED")));
    }

    @Test
    void hiddenAndHeldContributionsAreLeftOutOfCountsReportAndExport() {
        Comment kept = post(author, "Gardée");
        Comment hidden = post(content.newAccount("troll"), "Insulte");
        Comment replyUnderHidden = comments.reply(tenant, author, hidden.getId(), "Restons courtois", "fr", null);
        moderation.moderate(tenant, moderator, new Decision(Decision.Step.HIDE, ModerationReason.OFFENSIVE, null, List.of(hidden.getId())));
        content.preModeration(tenant, 0);
        post(content.newAccount("newcomer"), "Retenue");

        CommentThreads visitor = page(null);
        assertEquals(2, visitor.getTotal(), "the hidden one keeps its place as a placeholder; the held one is not there");
        assertEquals(1, visitor.getAnswerable(), "counts: the kept contribution only");
        assertEquals(1L, visitor.getTotals().get("IN_FAVOUR"));
        var placeholder = visitor.getThreads().stream().filter(t -> t.getComment().getId().equals(hidden.getId())).findFirst().orElseThrow();
        assertEquals("", placeholder.getComment().getBody(), "its text is not given to the page");
        assertEquals(List.of(replyUnderHidden.getId()), placeholder.getReplies().stream().map(r -> r.getComment().getId()).toList(),
                "the reply under it stays visible");

        var summary = report.summary(tenant, consultation.getId());
        assertEquals(1, summary.contributions(), "top-level public contributions only: " + summary);
        Set<Long> exported = report.contributions(tenant, admin, consultation.getId(), 0).stream()
                .map(l -> l.comment().getId()).collect(Collectors.toSet());
        assertTrue(exported.contains(kept.getId()));
        assertFalse(exported.contains(hidden.getId()), "the CSV lines come from here");
        assertEquals(1, summary.participants(), "the troll and the newcomer are not counted: " + summary);
    }

    @Test
    void everyModerationStepLandsInTheAuditLog() {
        Comment a = post(author, "Un");
        Comment b = post(author, "Deux");
        flags.flagComment(tenant, moderator, b.getId(), ModerationReason.OFF_TOPIC, null);
        moderation.moderate(tenant, admin, new Decision(Decision.Step.DISMISS, null, null, List.of(b.getId())));
        moderation.moderate(tenant, moderator, new Decision(Decision.Step.HIDE, ModerationReason.SPAM, "lot", List.of(a.getId(), b.getId())));
        moderation.moderate(tenant, moderator, new Decision(Decision.Step.RESTORE, null, null, List.of(b.getId())));
        long appealId = appeals.appeal(tenant, author, a.getId(), "Ce n’est pas du spam").getId();
        appeals.decideAppeal(tenant, admin, appealId, false, "Lien publicitaire");
        blocks.blockAccount(tenant, moderator, author, "Spam répété", false, null);
        blocks.unblockAccount(tenant, moderator, author);
        content.preModeration(tenant, 0);
        Comment held = post(content.newAccount("late"), "Retenue");
        moderation.moderate(tenant, moderator, new Decision(Decision.Step.APPROVE, null, null, List.of(held.getId())));

        List<String> logged = repositoryAdmin.auditPage(tenant, admin, null, 0).stream().map(l -> l.getEntry().getAction()).toList();
        for (String action : List.of("moderation.dismiss", "moderation.hide", "moderation.restore", "moderation.appeal",
                "moderation.appeal_upheld", "moderation.block", "moderation.unblock", "moderation.approve")) {
            assertTrue(logged.contains(action), action + " in " + logged);
        }
        assertEquals(2, logged.stream().filter("moderation.hide"::equals).count(), "one entry per item of a batch");
        assertTrue(repositoryAdmin.auditPage(tenant, admin, "moderation.hide", 0).stream()
                .allMatch(l -> l.getEntry().getAfter().contains("SPAM") && l.getEntry().getAfter().contains("lot")), "reason and note kept");
    }

    @Test
    void aBlockedPersonCanReadButIsRefusedOnEveryPath() {
        Comment theirs = post(author, "Avant le blocage");
        Comment someoneElses = post(moderator, "Autre avis");
        assertEquals(1, blocks.blockAccount(tenant, moderator, author, "Harcèlement", true, ModerationReason.OFFENSIVE));
        assertEquals(Visibility.HIDDEN, content.comment(tenant, theirs.getId()).getVisibility(), "everything they wrote here is hidden");
        List<Executable> paths = List.of(
                () -> comments.postComment(tenant, author, "plan-m", "C1", whole("Encore")),
                () -> comments.reply(tenant, author, someoneElses.getId(), "Réponse", "fr", null),
                () -> comments.castVote(tenant, author, someoneElses.getId(), -1),
                () -> comments.editComment(tenant, author, theirs.getId(), "Modifié"));
        for (Executable path : paths) {
            assertEquals("comment.refused.blocked", assertThrows(RefusedException.class, path).messageKey());
        }
        assertModeration("comment.refused.blocked", () -> flags.flagComment(tenant, author, someoneElses.getId(), ModerationReason.SPAM, null));
        assertModeration("comment.refused.blocked", () -> flags.flagAccount(tenant, author, moderator, ModerationReason.SPAM, null));
        assertEquals(2, page(author).getTotal(), "they still read the discussion (their own hidden, as a placeholder)");
        assertTrue(blocks.blockOf(tenant, author).isPresent());
        assertEquals(List.of("es:mail_blocked"), mails(author, "mail_blocked"));

        Tenant elsewhere = content.newRepository();
        openConsultation(elsewhere);
        assertTrue(comments.postComment(elsewhere, author, "plan-m", "C1", whole("Ailleurs")).getId() != null, "other repositories are not touched");
        blocks.unblockAccount(tenant, moderator, author);
        assertTrue(post(author, "De retour").getId() != null);
    }

    @Test
    void moderatorsGetADigestWhenSomethingNewWaitsOrDailyAndThePublicGetsMonthlyFigures() {
        Comment comment = post(author, "Signalée");
        flags.flagComment(tenant, content.newAccount("f"), comment.getId(), ModerationReason.PERSONAL_DATA, null);
        Instant now = Instant.now();
        assertEquals(1, digest.sendIfDue(tenant, now));
        assertEquals(0, digest.sendIfDue(tenant, now.plus(Duration.ofMinutes(30))), "at most one an hour");
        assertEquals(List.of("fr:mail_moderation_digest"), mails(moderator, "mail_moderation_digest"));
        assertEquals(0, digest.sendIfDue(tenant, now.plus(Duration.ofMinutes(61))), "nothing new since the last one");
        flags.flagComment(tenant, content.newAccount("g"), comment.getId(), ModerationReason.PERSONAL_DATA, null);
        assertEquals(1, digest.sendIfDue(tenant, now.plus(Duration.ofMinutes(62))), "something new, an hour later");
        assertEquals(0, digest.sendIfDue(tenant, now.plus(Duration.ofHours(3))), "nothing new again");
        assertEquals(1, digest.sendIfDue(tenant, now.plus(Duration.ofHours(26))), "a daily reminder while items wait");

        moderation.moderate(tenant, moderator, new Decision(Decision.Step.HIDE, ModerationReason.PERSONAL_DATA, null, List.of(comment.getId())));
        moderation.moderate(tenant, admin, new Decision(Decision.Step.RESTORE, null, null, List.of(comment.getId())));
        blocks.blockAccount(tenant, moderator, content.newAccount("spammer"), "Spam", false, null);
        MonthFigures month = transparency.months(tenant, 12, Instant.now()).get(0);
        assertEquals(1, month.getFlagged());
        assertEquals(1L, month.getHidden().get(ModerationReason.PERSONAL_DATA));
        assertEquals(1, month.getRestored());
        assertEquals(1, month.getBlocked());
        assertEquals(12, transparency.months(tenant, 12, Instant.now()).size());
        assertEquals(0, digest.sendIfDue(tenant, now.plus(Duration.ofHours(60))), "nothing waits any more");
    }

    @Test
    void aPageOfTheQueueTakesTheSameStatementsWhateverItsLength() {
        long other = content.newAccount("other");
        long flagger = content.newAccount("flagger");
        for (int i = 0; i < 3; i++) {
            flags.flagComment(tenant, flagger, post(i % 2 == 0 ? author : other, "Peu " + i).getId(), ModerationReason.SPAM, null);
        }
        QueueFilter flagged = new QueueFilter(QueueFilter.Tab.FLAGGED, ModerationReason.SPAM, consultation.getId(), QueueFilter.Sort.FLAGS, 0);
        int few = statements(() -> queue.contributions(tenant, moderator, flagged));
        for (int i = 0; i < 40; i++) {
            long by = content.newAccount("many" + i);
            flags.flagComment(tenant, flagger, post(by, "Beaucoup " + i).getId(), ModerationReason.SPAM, null);
        }
        int many = statements(() -> queue.contributions(tenant, moderator, flagged));
        assertEquals(few, many, "3 items: " + few + " statements; a full page of 25 (of 43): " + many);
        assertEquals(43, queue.contributions(tenant, moderator, flagged).getTotal());
        assertEquals(ModerationQueue.PAGE_SIZE, queue.contributions(tenant, moderator, flagged).getItems().size());
        System.out.println("Moderation queue page: " + few + " statements with 3 items, " + many + " with 25 of 43");
    }

    // --- helpers

    private static int statements(Runnable call) {
        org.consulta.kernel.SqlStatementCounter.reset();
        call.run();
        return org.consulta.kernel.SqlStatementCounter.count();
    }

    private Consultation openConsultation(Tenant where) {
        ActionPlan plan = content.newPlan(where, "plan-m");
        var commitment = content.newCommitment(where, plan, "Contrats ouverts", 1);
        commitmentService.publishDraft(where, admin, commitment.getId(), null);
        return content.openConsultationNow(where, plan);
    }

    private Comment post(long who, String body) {
        return comments.postComment(tenant, who, "plan-m", "C1", whole(body));
    }

    private static NewComment whole(String body) {
        return new NewComment(null, null, body, Alignment.IN_FAVOUR, "fr");
    }

    private CommentThreads page(Long viewer) {
        return threads.threads(tenant, viewer, "plan-m", "C1", CommentReader.Order.OLDEST, 0, null);
    }

    private static QueueFilter filter(QueueFilter.Tab tab) {
        return new QueueFilter(tab, null, null, null, 0);
    }

    private List<String> mails(long account, String key) {
        return content.queuedMails(account).stream().filter(m -> m.endsWith(":" + key)).toList();
    }

    private static void assertModeration(String key, Executable call) {
        assertEquals(key, assertThrows(RefusedException.class, call).messageKey());
    }

    /** Runs the calls together; each outcome is its result or the key of its refusal. */
    private static List<Object> race(List<Callable<Object>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (org.consulta.kernel.RefusedException refused) {
                        return refused.messageKey();
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
