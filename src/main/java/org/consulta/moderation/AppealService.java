package org.consulta.moderation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.consulta.account.Permissions;
import org.consulta.comment.Comment;
import org.consulta.comment.Visibility;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * An author appeals once against their contribution being hidden or held; a moderator other than
 * the one who decided (and not the author) upholds or reverses it, with a reason the author is sent.
 */
@Stateless
@TenantScoped
public class AppealService {

    static final int TEXT_MAX = 1000;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private jakarta.enterprise.event.Event<org.consulta.comment.DiscussionChanged> discussionChanged;
    @Inject
    private ModerationRules rules;
    @Inject
    private Permissions permissions;
    @Inject
    private ModerationLog log;
    @Inject
    private ModerationMails mails;

    private final Clock clock = Clock.systemUTC();

    public Appeal appeal(Tenant tenant, Long authorId, long commentId, String explanation) {
        Comment comment = rules.lockedComment(commentId);
        if (authorId == null || !comment.getAuthorId().equals(authorId)) {
            throw new RefusedException("moderation.refused.not_yours");
        }
        if (comment.getVisibility() == Visibility.PUBLISHED) {
            throw new RefusedException("moderation.refused.state");
        }
        if (find(commentId).isPresent()) {
            throw new RefusedException("moderation.refused.already_appealed");
        }
        Appeal appeal = new Appeal(commentId, authorId, ModerationRules.required(explanation, TEXT_MAX, "explanation"),
                comment.getModeratedBy());
        try {
            em.persist(appeal);
            em.flush();
        } catch (PersistenceException raced) {
            throw new RefusedException("moderation.refused.already_appealed");
        }
        log.record(tenant, authorId, ModerationAction.Kind.APPEAL, TargetType.COMMENT, commentId, null, null);
        return appeal;
    }

    public void decideAppeal(Tenant tenant, Long moderatorId, long appealId, boolean reverse, String reason) {
        permissions.require(tenant, moderatorId, ModerationPermissions.MODERATE);
        Appeal appeal = em.createQuery("SELECT a FROM Appeal a WHERE a.id = :id", Appeal.class).setParameter("id", appealId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException("moderation.refused.not_found"));
        if (appeal.isDecided()) {
            throw new RefusedException("moderation.refused.already_decided");
        }
        if (moderatorId.equals(appeal.getModeratedBy())) {
            throw new RefusedException("moderation.refused.same_moderator");
        }
        Comment comment = rules.othersComment(appeal.getCommentId(), moderatorId);
        String why = ModerationRules.required(reason, TEXT_MAX, "reason");
        Instant now = clock.instant();
        appeal.decide(reverse, why, moderatorId, now);
        if (reverse) {
            comment.moderate(Visibility.PUBLISHED, null, moderatorId, now);
            rules.resolveFlags(TargetType.COMMENT, comment.getId(), now);
            comment.countOpenFlags(0);
            discussionChanged.fire(org.consulta.comment.DiscussionChanged.of(comment));
        }
        log.record(tenant, moderatorId, reverse ? ModerationAction.Kind.APPEAL_REVERSED : ModerationAction.Kind.APPEAL_UPHELD,
                TargetType.COMMENT, comment.getId(), null, why);
        mails.appealDecided(tenant, comment, reverse, why);
    }

    /** The author's appeals on one commitment's contributions, by comment: shown to them with their decision. */
    public java.util.Map<Long, Appeal> ownAppeals(Tenant tenant, Long authorId, long commitmentId) {
        if (authorId == null) {
            return java.util.Map.of();
        }
        return em.createQuery("SELECT a FROM Appeal a, Comment c WHERE c.id = a.commentId AND a.authorId = :a "
                        + "AND c.commitmentId = :m", Appeal.class).setParameter("a", authorId).setParameter("m", commitmentId)
                .getResultList().stream().collect(java.util.stream.Collectors.toMap(Appeal::getCommentId, a -> a));
    }

    /** The author's appeals in one proposal's discussion, by comment. */
    public java.util.Map<Long, Appeal> ownAppealsOnProposal(Tenant tenant, Long authorId, long proposalId) {
        if (authorId == null) {
            return java.util.Map.of();
        }
        return em.createQuery("SELECT a FROM Appeal a, Comment c WHERE c.id = a.commentId AND a.authorId = :a "
                        + "AND c.proposalId = :p", Appeal.class).setParameter("a", authorId).setParameter("p", proposalId)
                .getResultList().stream().collect(java.util.stream.Collectors.toMap(Appeal::getCommentId, a -> a));
    }

    private Optional<Appeal> find(long commentId) {
        return em.createQuery("SELECT a FROM Appeal a WHERE a.commentId = :c", Appeal.class).setParameter("c", commentId)
                .getResultStream().findFirst();
    }
}
