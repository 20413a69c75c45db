package org.consulta.consultation;

import jakarta.inject.Inject;
import org.consulta.comment.Alignment;
import org.consulta.comment.Comment;
import org.consulta.comment.CommentReader;
import org.consulta.comment.CommentService;
import org.consulta.comment.ConsultationReport;
import org.consulta.comment.NewComment;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentForm;
import org.consulta.commitment.CommitmentService;
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

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Followers' mails, queued once each in the recipient's language with a working unsubscribe token;
 * consultations closed to anonymous reading; consultations extended or ended early.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar(NotificationsIT.class, Content.class);
    }

    @Inject
    Content content;
    @Inject
    ConsultationService consultations;
    @Inject
    CommentService comments;
    @Inject
    CommitmentService commitmentService;
    @Inject
    FollowService follows;
    @Inject
    NoticeSchedule schedule;
    @Inject
    CommentReader threads;
    @Inject
    ConsultationReport report;

    Tenant tenant;
    Long admin;
    ActionPlan plan;
    Commitment c1;
    Commitment c2;
    org.consulta.commitment.CommitmentVersion v1;

    @BeforeEach
    void twoPublishedCommitments() {
        tenant = content.newRepository();
        admin = content.admin();
        plan = content.newPlan(tenant, "plan-2025");
        c1 = content.newCommitment(tenant, plan, "Contrats ouverts", 1);
        v1 = commitmentService.publishDraft(tenant, admin, c1.getId(), null);
        c2 = content.newCommitment(tenant, plan, "Registre des bénéficiaires", 1);
        commitmentService.publishDraft(tenant, admin, c2.getId(), null);
    }

    @Test
    void theOpeningNoticeGoesOnceToEachFollowerInTheirLanguageHoweverManyRoundsRace() throws Exception {
        long ana = content.newAccount("ana", "es");
        long bob = content.newAccount("bob", "en");
        long gone = content.newAccount("gone", "fr");
        follows.followCommitment(tenant, ana, "plan-2025", "C1");
        follows.followCommitment(tenant, bob, "plan-2025", "C1");
        follows.followCommitment(tenant, bob, "plan-2025", "C2");
        follows.followCommitment(tenant, gone, "plan-2025", "C2");
        follows.unsubscribe(tenant, token(gone, c2.getId()), false);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        consultations.openConsultation(tenant, admin, plan.getId(), form(now.minusHours(1), now.plusDays(30)));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> rounds = new ArrayList<>();
        Instant moment = Instant.now();
        for (int i = 0; i < 4; i++) {
            rounds.add(pool.submit(() -> {
                start.await();
                schedule.sendDue(moment);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> round : rounds) {
            round.get();
        }
        pool.shutdown();

        assertEquals(List.of("es:mail_consultation_opened"), content.queuedMails(ana));
        assertEquals(List.of("en:mail_consultation_opened"), content.queuedMails(bob), "one mail for two followed commitments");
        assertEquals(List.of(), content.queuedMails(gone), "unsubscribed");
        String args = content.queuedMailArgs(ana).get(0);
        assertTrue(args.contains("/es/r/" + tenant.slug() + "/consultations/") && args.contains("/unsubscribe?token="), args);

        schedule.sendDue(Instant.now().plus(29, ChronoUnit.DAYS));
        schedule.sendDue(Instant.now().plus(29, ChronoUnit.DAYS).plusSeconds(60));
        assertEquals(List.of("es:mail_consultation_opened", "es:mail_consultation_closing"), content.queuedMails(ana),
                "reminded once, two days before closing");
    }

    @Test
    void aNewVersionIsMailedToFollowersButNotToThePublisherNorToThoseWhoLeft() {
        long ana = content.newAccount("ana", "es");
        long left = content.newAccount("left", "en");
        follows.followCommitment(tenant, ana, "plan-2025", "C1");
        follows.followCommitment(tenant, admin, "plan-2025", "C1");
        follows.followCommitment(tenant, left, "plan-2025", "C1");
        follows.unsubscribe(tenant, token(left, c1.getId()), true);
        assertFalse(follows.isFollowing(tenant, left, c1.getId()));

        CommitmentForm edit = CommitmentForm.of(v1.getContent(), List.of(), 0);
        edit.setDescription("Publier tous les contrats chaque mois.");
        commitmentService.saveDraft(tenant, admin, c1.getId(), edit);
        commitmentService.publishDraft(tenant, admin, c1.getId(), "Chaque mois");

        assertEquals(List.of("es:mail_new_version"), content.queuedMails(ana));
        String args = content.queuedMailArgs(ana).get(0);
        assertTrue(args.contains("/compare?from=1&to=2") && args.contains("\"C1\",2,"), "the version number, kept a number: " + args);
        assertTrue(content.queuedMails(left).isEmpty());
        assertFalse(content.queuedMails(admin).contains("fr:mail_new_version"), "the publisher is not told of their own act");
    }

    @Test
    void contributingFollowsTheCommitmentUnlessThePersonUnsubscribedBefore() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        consultations.openConsultation(tenant, admin, plan.getId(), form(now.minusHours(1), now.plusDays(30)));
        long citizen = content.newAccount("citizen", "es");
        long other = content.newAccount("other", "en");
        Comment first = comments.postComment(tenant, citizen, "plan-2025", "C1", onWhole("Primero"));
        assertTrue(follows.isFollowing(tenant, citizen, c1.getId()));
        comments.reply(tenant, other, first.getId(), "Agreed.", "en", null);
        comments.reply(tenant, citizen, first.getId(), "Gracias.", "es", null);
        // the timer may have queued the consultation's opening notice meanwhile: replies are what is checked here
        assertEquals(List.of("es:mail_reply"), replies(citizen), "a reply by someone else, not one's own");
        assertTrue(content.queuedMailArgs(citizen).stream().anyMatch(m -> m.startsWith("mail_reply") && m.contains("#comment-")),
                content.queuedMailArgs(citizen).toString());

        follows.unsubscribe(tenant, token(citizen, c1.getId()), false);
        Comment second = comments.postComment(tenant, citizen, "plan-2025", "C1", onWhole("Segundo"));
        assertFalse(follows.isFollowing(tenant, citizen, c1.getId()), "commenting again does not resubscribe");
        comments.reply(tenant, other, second.getId(), "Again.", "en", null);
        assertEquals(1, replies(citizen).size(), "no mail once unsubscribed");
        assertThrows(RefusedException.class, () -> follows.unsubscribe(tenant, "not-a-real-token-at-all", false));
    }

    @Test
    void aConsultationClosedToAnonymousReadingShowsItsContributionsToVisitorsOnlyOnceClosed() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        ConsultationForm form = form(now.minusHours(1), now.plusDays(30));
        form.setAnonymousReading(false);
        long id = consultations.openConsultation(tenant, admin, plan.getId(), form).getId();
        long citizen = content.newAccount("citizen");
        comments.postComment(tenant, citizen, "plan-2025", "C1", onWhole("Réservé aux participants"));

        var visitor = threads.threads(tenant, null, "plan-2025", "C1", CommentReader.Order.NEWEST, 0, null);
        assertFalse(visitor.isReadable());
        assertTrue(visitor.threads().isEmpty());
        assertEquals(1L, visitor.getTotals().get("IN_FAVOUR"), "the counts stay public");
        assertEquals(1, threads.threads(tenant, citizen, "plan-2025", "C1", CommentReader.Order.NEWEST, 0, null).threads().size());
        assertTrue(report.contributions(tenant, null, id, 0).isEmpty());

        assertEquals("consultation.refused.closing_reason", assertThrows(RefusedException.class,
                () -> consultations.endEarly(tenant, admin, id, " ", "fr")).messageKey());
        assertEquals("consultation.refused.closing_past", assertThrows(RefusedException.class,
                () -> consultations.moveClosing(tenant, admin, id, now.minusDays(1), "Erreur", "fr")).messageKey());
        assertThrows(org.consulta.account.AccessDeniedException.class,
                () -> consultations.endEarly(tenant, citizen, id, "Je décide", "fr"));
        consultations.moveClosing(tenant, admin, id, now.plusDays(40), "Prolongée à la demande du forum", "fr");
        consultations.endEarly(tenant, admin, id, "Le forum a clos la consultation", "fr");

        assertEquals(1, report.contributions(tenant, null, id, 0).size(), "the report is public once closed");
        assertTrue(threads.threads(tenant, null, "plan-2025", "C1", CommentReader.Order.NEWEST, 0, null).isReadable());
        assertEquals("comment.refused.closed", assertThrows(RefusedException.class,
                () -> comments.postComment(tenant, citizen, "plan-2025", "C1", onWhole("Trop tard"))).messageKey());
        assertEquals("consultation.refused.already_closed", assertThrows(RefusedException.class,
                () -> consultations.moveClosing(tenant, admin, id, now.plusDays(50), "Rouvrir", "fr")).messageKey());
    }

    private List<String> replies(long accountId) {
        return content.queuedMails(accountId).stream().filter(m -> m.endsWith(":mail_reply")).toList();
    }

    private String token(long accountId, long commitmentId) {
        String link = follows.contact(tenant, accountId, commitmentId).orElseThrow().unsubscribeLink();
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static ConsultationForm form(LocalDateTime opens, LocalDateTime closes) {
        ConsultationForm form = new ConsultationForm();
        form.setOriginalLanguage("fr");
        form.getTitles().put("fr", "Consultation publique");
        form.getTitles().put("es", "Consulta pública");
        form.setAnnouncedOn(LocalDate.now(ZoneOffset.UTC).minusDays(30));
        form.setOpens(opens);
        form.setCloses(closes);
        return form;
    }

    private static NewComment onWhole(String body) {
        return new NewComment(null, null, body, Alignment.IN_FAVOUR, "fr");
    }
}
