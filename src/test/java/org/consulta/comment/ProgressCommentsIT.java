package org.consulta.comment;

import jakarta.inject.Inject;
import org.consulta.account.RepositoryRole;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentService;
import org.consulta.commitment.CommitmentStage;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.moderation.BlockService;
import org.consulta.moderation.Decision;
import org.consulta.moderation.FlagService;
import org.consulta.moderation.ModerationQueue;
import org.consulta.moderation.ModerationService;
import org.consulta.moderation.QueueFilter;
import org.consulta.opendata.OpenDataService;
import org.consulta.opendata.Row;
import org.consulta.plan.ActionPlan;
import org.consulta.testing.Content;
import org.consulta.testing.Deployments;
import org.consulta.tracking.MilestoneReport;
import org.consulta.tracking.MilestoneStatus;
import org.consulta.tracking.ProgressReader;
import org.consulta.tracking.ProgressUpdate;
import org.consulta.tracking.TrackingService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Civil society's comments on progress updates in the real WAR: the same replies, votes, responses,
 * pre-moderation, flags and hiding as a consultation's, kept apart from the consultation discussion,
 * refused on what is not an adopted commitment's update of this repository, absent from open data
 * once hidden.
 */
@ExtendWith(ArquillianExtension.class)
class ProgressCommentsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar(ProgressCommentsIT.class, Content.class);
    }

    @Inject
    Content content;
    @Inject
    CommitmentService commitments;
    @Inject
    TrackingService tracking;
    @Inject
    ProgressReader progress;
    @Inject
    CommentService comments;
    @Inject
    CommentReader reader;
    @Inject
    ResponseService responses;
    @Inject
    FlagService flags;
    @Inject
    ModerationService moderation;
    @Inject
    ModerationQueue queue;
    @Inject
    BlockService blocks;
    @Inject
    OpenDataService openData;

    Tenant tenant;
    Long admin;
    Commitment adopted;
    ProgressUpdate update;
    long civil;

    @BeforeEach
    void anAdoptedCommitmentWithOneProgressUpdate() {
        tenant = content.newRepository();
        admin = content.admin();
        ActionPlan plan = content.newPlan(tenant, "plan-p");
        adopted = content.newCommitment(tenant, plan, "Registre ouvert", 2);
        commitments.publishDraft(tenant, admin, adopted.getId(), null);
        commitments.moveStage(tenant, admin, adopted.getId(), CommitmentStage.FINAL, null);
        MilestoneReport report = new MilestoneReport();
        report.setMilestoneKey(content.milestoneKeys(tenant, adopted.getId()).get(0));
        report.setStatus(MilestoneStatus.IN_PROGRESS);
        report.setNote("Inventaire à 60 %.");
        report.setLanguage("fr");
        report.setEvidenceUrl("https://donnees.example/inventaire");
        update = tracking.reportMilestone(tenant, admin, "plan-p", "C1", report, null, 0, null);
        civil = content.newAccount("civil", "en");
    }

    @Test
    void civilSocietyCommentsRepliesVotesAndIsAnswered() {
        Comment question = comments.commentOnProgress(tenant, civil, update.getId(), "Where are the rural sampling points?", "en", null);
        long neighbour = content.newAccount("neighbour", "es");
        Comment reply = comments.reply(tenant, neighbour, question.getId(), "En mi barrio tampoco figuran.", "es", null);
        comments.castVote(tenant, neighbour, question.getId(), 1);
        responses.respond(tenant, admin, question.getId(), response());

        CommentThreads threads = reader.progressThreads(tenant, null, update.getId(), CommentReader.Order.OLDEST, 0);
        assertEquals(1, threads.getTotal());
        assertEquals(List.of(reply.getId()), threads.getThreads().get(0).getReplies().stream().map(r -> r.getComment().getId()).toList());
        assertEquals(1, threads.getThreads().get(0).getComment().getUpVotes());
        assertEquals(ResponseStatus.ACCEPTED, threads.getThreads().get(0).getResponse().getStatus());
        assertEquals(1, threads.getAnswered());
        assertEquals(1, threads.getAnswerable());
        assertEquals(update.getId(), content.comment(tenant, reply.getId()).getProgressUpdateId(), "a reply stays on the update");
        assertNull(content.comment(tenant, question.getId()).getConsultationId());

        assertEquals(0, reader.threads(tenant, admin, "plan-p", "C1", CommentReader.Order.NEWEST, 0, null).getTotal(),
                "the consultation discussion of the commitment does not show them");
        assertEquals(2L, progress.progress(tenant, null, "plan-p", "C1").getComments().get(update.getId()), "counted on the history");
        String place = "/updates/" + update.getId() + "#comment-" + reply.getId();
        assertEquals(place, reply.getPlace());
        assertTrue(content.queuedMailArgs(civil).stream().anyMatch(m -> m.startsWith("mail_reply") && m.contains(place)),
                "the reply mail links to the update's page: " + content.queuedMailArgs(civil));
        assertTrue(content.queuedMailArgs(civil).stream().anyMatch(m -> m.startsWith("mail_response")));
        assertTrue(content.queuedMailArgs(admin).stream().anyMatch(m -> m.startsWith("mail_progress_comment")
                && m.contains(question.getPlace())), "whoever posted the update hears of the comment, with its link");
    }

    @Test
    void refusedWhereThereIsNoAdoptedUpdateOfThisRepositoryAndNothingIsWritten() {
        assertRefused("comment.refused.empty", () -> comments.commentOnProgress(tenant, civil, update.getId(), "  ", "en", null));
        assertRefused("comment.refused.unconfirmed", () -> comments.commentOnProgress(tenant, content.newUnconfirmedAccount(),
                update.getId(), "Bonjour", "fr", null));
        Tenant other = content.newRepository();
        assertRefused("comment.refused.not_tracked", () -> comments.commentOnProgress(other, civil, update.getId(), "Hello", "en", null));
        long moderator = content.newAccount("moderator");
        content.appoint(tenant, moderator, RepositoryRole.MODERATOR);
        long troll = content.newAccount("troll");
        blocks.blockAccount(tenant, moderator, troll, "Spam répété", false, null);
        assertRefused("comment.refused.blocked", () -> comments.commentOnProgress(tenant, troll, update.getId(), "Buy now", "en", null));
        Comment before = comments.commentOnProgress(tenant, civil, update.getId(), "Is the inventory public?", "en", null);
        commitments.moveStage(tenant, admin, adopted.getId(), CommitmentStage.WITHDRAWN, "Abandonné par le ministère");
        assertRefused("comment.refused.not_tracked", () -> comments.commentOnProgress(tenant, civil, update.getId(), "And now?", "en", null));
        assertRefused("comment.refused.not_tracked", () -> comments.reply(tenant, content.newAccount("late"),
                before.getId(), "Too late", "en", null));
        assertEquals(1, reader.progressThreads(tenant, null, update.getId(), CommentReader.Order.NEWEST, 0).getTotal(),
                "only the comment written while it was adopted");
        assertFalse(progress.update(tenant, "plan-p", "C1", update.getId()).open());
        assertThrows(org.consulta.kernel.NotFoundException.class, () -> progress.update(other, "plan-p", "C1", update.getId()));
    }

    @Test
    void heldFlaggedAndHiddenLikeAConsultationsContributionsAndLeftOutOfOpenData() {
        long moderator = content.newAccount("moderator");
        content.appoint(tenant, moderator, RepositoryRole.MODERATOR);
        content.preModeration(tenant, 0);
        Comment held = comments.commentOnProgress(tenant, civil, update.getId(), "The inventory misses 14 rural points.", "en", null);
        assertTrue(held.isHeld());
        assertFalse(content.queuedMailArgs(admin).stream().anyMatch(m -> m.contains(held.getPlace())),
                "the reporter hears of it only once a moderator approved it");
        assertEquals(0, total(null), "a visitor does not read it yet");
        assertEquals(1, total(civil), "its author does");
        assertEquals(List.of(held.getId()), queue.contributions(tenant, moderator, new QueueFilter(QueueFilter.Tab.HELD, null, null, null, 0))
                .getItems().stream().map(i -> i.getComment().getId()).toList());
        assertEquals(1, queue.contributions(tenant, moderator, new QueueFilter(QueueFilter.Tab.HELD, null, null, null, 0, true))
                .getTotal(), "the queue narrowed to progress updates has it");
        assertEquals(0, queue.contributions(tenant, moderator, new QueueFilter(QueueFilter.Tab.HELD, null, held.getId(), null, 0))
                .getTotal(), "narrowed to a consultation, it has not");
        moderation.moderate(tenant, moderator, new Decision(Decision.Step.APPROVE, null, null, List.of(held.getId())));
        assertEquals(1, total(null), "public once approved");
        assertTrue(content.queuedMailArgs(admin).stream().anyMatch(m -> m.startsWith("mail_progress_comment")
                && m.contains(held.getPlace())), "and is then announced to the update's reporter");
        assertEquals(List.of(update.getId()), contributions().stream().map(r -> r.get("progress_update")).toList(),
                "open data says which update it discusses");

        for (int i = 1; i <= 3; i++) {
            flags.flagComment(tenant, content.newAccount("flagger" + i), held.getId(), ModerationReason.PERSONAL_DATA, null);
        }
        Comment hidden = content.comment(tenant, held.getId());
        assertTrue(hidden.isHidden(), "three flags hide it, as in a consultation");
        var shown = reader.progressThreads(tenant, null, update.getId(), CommentReader.Order.NEWEST, 0).getThreads();
        assertEquals("", shown.get(0).getComment().getBody(), "a placeholder keeps its place, without its text");
        assertEquals(0, threads(null).getAnswerable());
        assertTrue(contributions().isEmpty(), "hidden content is left out of open data");
        assertNull(progress.progress(tenant, null, "plan-p", "C1").getComments().get(update.getId()), "nor counted");
    }

    private long total(Long viewer) {
        return threads(viewer).getTotal();
    }

    private CommentThreads threads(Long viewer) {
        return reader.progressThreads(tenant, viewer, update.getId(), CommentReader.Order.NEWEST, 0);
    }

    private List<Row> contributions() {
        return openData.contributions(tenant, 0, 1000, List.of("fr", "es", "en"));
    }

    private static ResponseForm response() {
        ResponseForm form = new ResponseForm();
        form.setStatus(ResponseStatus.ACCEPTED);
        form.setInstitution("Ministère de l’Environnement");
        form.setOriginalLanguage("fr");
        form.getReasoning().put("fr", "Les 14 points ruraux seront ajoutés avant la première publication mensuelle.");
        return form;
    }

    private static void assertRefused(String key, Executable call) {
        assertEquals(key, assertThrows(RefusedException.class, call).messageKey());
    }
}
