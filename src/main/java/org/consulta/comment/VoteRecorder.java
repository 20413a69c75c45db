package org.consulta.comment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.tenant.Tenant;
import org.consulta.tenant.TenantScoped;

/**
 * Writes one person's vote in a transaction of its own, so that when two identical requests race,
 * the loser fails on the unique constraint alone and can be replayed as a change of vote.
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
        Comment comment = rules.comment(commentId);
        rules.requireOpen(comment, java.time.Instant.now());
        if (value != 1 && value != -1) {
            throw new CommentRefusedException("comment.refused.vote_value");
        }
        if (comment.getAuthorId().equals(voterId) || comment.isWithdrawn()) {
            throw new CommentRefusedException("comment.refused.own_vote");
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
    }

    /**
     * The comment's counters from the votes themselves, in one statement that takes no optimistic
     * lock: concurrent votes serialise on the row instead of failing each other.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recount(Tenant tenant, long commentId) {
        em.createNativeQuery("UPDATE comment SET "
                        + "up_votes = (SELECT COUNT(*) FROM comment_vote v WHERE v.comment_id = ?1 AND v.vote_value > 0), "
                        + "down_votes = (SELECT COUNT(*) FROM comment_vote v WHERE v.comment_id = ?1 AND v.vote_value < 0) "
                        + "WHERE id = ?1 AND repository_id = ?2")
                .setParameter(1, commentId).setParameter(2, tenant.id())
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).executeUpdate();
    }
}
