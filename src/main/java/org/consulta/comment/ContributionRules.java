package org.consulta.comment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Permissions;
import org.consulta.account.Standing;
import org.consulta.consultation.Consultation;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.repository.Repository;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * The checks every contribution passes, run inside the caller's tenant-bound transaction: a confirmed
 * account not blocked here, an open consultation (or an adopted commitment's progress update), texts
 * within the repository's limits; and whether
 * the repository's policy holds it for a moderator.
 */
@Dependent
class ContributionRules {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private ProgressUpdates updates;
    @Inject
    private PreModeration preModeration;
    @Inject
    private ProposalDiscussions proposals;
    @Inject
    private CommentSettingsPart settings;

    @Inject
    private Standing standing;
    @Inject
    private Permissions permissions;

    /** Confirmed, not deleted, not blocked in this repository. */
    void participant(Long accountId) {
        standing.requireParticipant(accountId, RefusedException::new);
    }

    /**
     * Under pre-moderation a new contribution waits for a moderator: all of them, or only an account's
     * first N ({@code heldFirstContributions} > 0) until N were published. The repository's own
     * moderators and administrators are not held.
     */
    boolean held(Tenant tenant, Long authorId) {
        OptionalInt held = preModeration.heldFirst(tenant);
        if (held.isEmpty() || permissions.allows(tenant, authorId, CommentPermissions.POST_UNHELD)) {
            return false;
        }
        int first = held.getAsInt();
        return first == 0 || em.createQuery("SELECT COUNT(c) FROM Comment c WHERE c.authorId = :a "
                        + "AND c.visibility = :published", Long.class)
                .setParameter("a", authorId).setParameter("published", Visibility.PUBLISHED).getSingleResult() < first;
    }

    /** The contribution this person already posted with this form's token, if any. */
    Comment submitted(Long authorId, String submission) {
        if (submission == null) {
            return null;
        }
        return em.createQuery("SELECT c FROM Comment c WHERE c.authorId = :a AND c.submission = :s", Comment.class)
                .setParameter("a", authorId).setParameter("s", submission).getResultStream().findFirst().orElse(null);
    }

    /** Replies, votes and responses go to public contributions only (one may have been hidden or withdrawn since the page was read). */
    void requireOpenToOthers(Comment comment) {
        if (!comment.isOpenToOthers()) {
            throw new RefusedException("comment.refused.gone");
        }
    }

    /** The author's own contribution, not withdrawn (a second tab may have withdrawn it meanwhile). */
    Comment ownStanding(Long authorId, long commentId) {
        Comment comment = comment(commentId);
        if (comment.isStatement()) { // a proposal's own text changes with the proposal, not as a comment
            throw new RefusedException("comment.refused.not_found");
        }
        if (!comment.getAuthorId().equals(authorId)) {
            throw new RefusedException("comment.refused.not_yours");
        }
        if (comment.isWithdrawn()) {
            throw new RefusedException("comment.refused.gone");
        }
        return comment;
    }

    Comment comment(long id) {
        return em.createQuery("SELECT c FROM Comment c WHERE c.id = :id", Comment.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new RefusedException("comment.refused.not_found"));
    }

    /**
     * Outside the window nothing is accepted, whatever the client believes the time is. A progress
     * update stays open to comments as long as its commitment is adopted and published.
     */
    void requireOpen(Comment comment, Instant now) {
        if (comment.isOnProposal()) {
            proposals.requireOpen(null, comment.getProposalId());
            return;
        }
        if (comment.isOnProgress()) {
            progressUpdate(comment.getProgressUpdateId());
            return;
        }
        Consultation consultation = em.createQuery("SELECT c FROM Consultation c WHERE c.id = :id", Consultation.class)
                .setParameter("id", comment.getConsultationId()).getResultStream().findFirst().orElse(null);
        if (consultation == null || !consultation.window().isOpen(now)) {
            throw new RefusedException("comment.refused.closed");
        }
    }

    /**
     * The commitment (id and current version number) whose progress update this is, if the update is in
     * this repository and the commitment still adopted and published; refused otherwise.
     */
    TrackedCommitment progressUpdate(long updateId) {
        return updates.trackedCommitment(updateId).orElseThrow(() -> new RefusedException("comment.refused.not_tracked"));
    }

    String body(Tenant tenant, String body) {
        int max = settings.load(tenant).getCommentMaxLength();
        if (body == null || body.isBlank()) {
            throw new RefusedException("comment.refused.empty", "body");
        }
        if (body.length() > max) {
            throw new RefusedException("comment.refused.too_long", "body");
        }
        return body.strip();
    }

    /** The language the author says they wrote in, if the repository has it; else its default. */
    String language(Tenant tenant, String language) {
        Repository repository = em.find(Repository.class, tenant.id());
        return repository.getLanguages().contains(language) ? language : repository.getDefaultLanguage();
    }
}
