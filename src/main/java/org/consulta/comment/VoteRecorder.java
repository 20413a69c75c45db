package org.consulta.comment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

/**
 * Writes one person's vote and the comment's counters in one transaction of its own, under the
 * comment's row lock: votes on one comment take turns, so the counters are recounted from every
 * committed vote and can never disagree with the votes, even after a crash. When two identical
 * requests race, the loser fails on the unique constraint alone and can be replayed as a change of vote.
 */
@Stateless
@TenantScoped
public class VoteRecorder {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @jakarta.inject.Inject
    private ContributionRules rules;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Tenant tenant, long commentId, Long voterId, int value) {
        rules.participant(voterId);
        Comment comment = em.createQuery("SELECT c FROM Comment c WHERE c.id = :id", Comment.class)
                .setParameter("id", commentId).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(() -> new RefusedException("comment.refused.not_found"));
        rules.requireOpenToOthers(comment);
        rules.requireOpen(comment, java.time.Instant.now());
        if (value != 1 && value != -1) {
            throw new RefusedException("comment.refused.vote_value");
        }
        if (comment.getAuthorId().equals(voterId) || comment.isWithdrawn()) {
            throw new RefusedException("comment.refused.own_vote");
        }
        CommentVote vote = em.createQuery("SELECT v FROM CommentVote v WHERE v.commentId = :c AND v.accountId = :a",
                        CommentVote.class).setParameter("c", commentId).setParameter("a", voterId)
                .getResultStream().findFirst().orElse(null);
        if (vote == null) {
            em.persist(new CommentVote(commentId, voterId, value));
        } else {
            vote.change(value);
        }
        em.flush();
        recount(tenant, commentId);
    }

    /** The comment's counters from the votes themselves, in one statement, in the vote's transaction. */
    private void recount(Tenant tenant, long commentId) {
        em.createNativeQuery("UPDATE comment SET "
                        + "up_votes = (SELECT COUNT(*) FROM comment_vote v WHERE v.comment_id = ?1 AND v.vote_value > 0), "
                        + "down_votes = (SELECT COUNT(*) FROM comment_vote v WHERE v.comment_id = ?1 AND v.vote_value < 0), "
                        + "score = (SELECT COALESCE(SUM(v.vote_value), 0) FROM comment_vote v WHERE v.comment_id = ?1) "
                        + "WHERE id = ?1 AND repository_id = ?2")
                .setParameter(1, commentId).setParameter(2, tenant.id())
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).executeUpdate();
    }
}
