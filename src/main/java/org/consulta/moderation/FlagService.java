package org.consulta.moderation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.consulta.account.Account;
import org.consulta.account.Standing;
import org.consulta.comment.Comment;
import org.consulta.comment.ModerationReason;
import org.consulta.comment.Visibility;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

/**
 * Participants flag a comment or an account, once per item. Under post-moderation a comment is
 * hidden the moment its open flags reach the repository's threshold: flags on one comment take
 * turns on its row lock, so the flag that reaches it, and only that one, hides it.
 */
@Stateless
@TenantScoped
public class FlagService {

    static final int NOTE_MAX = 500;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private jakarta.enterprise.event.Event<org.consulta.comment.DiscussionChanged> discussionChanged;
    @Inject
    private Standing standing;
    @Inject
    private ModerationRules rules;
    @Inject
    private ModerationLog log;
    @Inject
    private ModerationMails mails;
    @Inject
    private ModerationSettingsPart policy;

    private final Clock clock = Clock.systemUTC();

    public void flagComment(Tenant tenant, Long flaggerId, long commentId, ModerationReason reason, String note) {
        standing.requireParticipant(flaggerId, RefusedException::new);
        Comment comment = rules.lockedComment(commentId);
        if (comment.getAuthorId().equals(flaggerId)) {
            throw new RefusedException("moderation.refused.own_flag");
        }
        if (comment.getVisibility() != Visibility.PUBLISHED || comment.isWithdrawn()) {
            throw new RefusedException("moderation.refused.not_flaggable");
        }
        persist(new Flag(TargetType.COMMENT, commentId, flaggerId, reason(reason), note(reason, note)));
        int open = (int) rules.openFlags(TargetType.COMMENT, commentId);
        comment.countOpenFlags(open);
        if (open >= policy.load(tenant).getFlagThreshold()) {
            ModerationReason most = mostFlaggedReason(commentId);
            Instant now = clock.instant();
            comment.moderate(Visibility.HIDDEN, most, null, now);
            discussionChanged.fire(org.consulta.comment.DiscussionChanged.of(comment));
            log.record(tenant, null, ModerationAction.Kind.AUTO_HIDE, TargetType.COMMENT, commentId, most, null);
            mails.hidden(tenant, comment);
        }
    }

    public void flagAccount(Tenant tenant, Long flaggerId, long accountId, ModerationReason reason, String note) {
        standing.requireParticipant(flaggerId, RefusedException::new);
        Account flagged = em.find(Account.class, accountId);
        if (flagged == null || flagged.isDeleted()) {
            throw new RefusedException("moderation.refused.not_found");
        }
        if (flagged.getId().equals(flaggerId)) {
            throw new RefusedException("moderation.refused.own_flag");
        }
        persist(new Flag(TargetType.ACCOUNT, accountId, flaggerId, reason(reason), note(reason, note)));
    }

    /** The author of a contribution one reads, flagged from it: the page never says who wrote it by id. */
    public void flagAuthorOf(Tenant tenant, Long flaggerId, long commentId, ModerationReason reason, String note) {
        flagAccount(tenant, flaggerId, rules.lockedComment(commentId).getAuthorId(), reason, note);
    }

    /** The database's unique key settles a repeat, even one racing this request. */
    private void persist(Flag flag) {
        boolean repeat = em.createQuery("SELECT COUNT(f) FROM Flag f WHERE f.targetType = :t AND f.targetId = :id "
                        + "AND f.flaggerId = :by", Long.class).setParameter("t", flag.getTargetType())
                .setParameter("id", flag.getTargetId()).setParameter("by", flag.getFlaggerId()).getSingleResult() > 0;
        if (repeat) {
            throw new RefusedException("moderation.refused.already_flagged");
        }
        try {
            em.persist(flag);
            em.flush();
        } catch (PersistenceException raced) {
            throw new RefusedException("moderation.refused.already_flagged");
        }
    }

    private static ModerationReason reason(ModerationReason reason) {
        if (reason == null) {
            throw new RefusedException("moderation.refused.reason", "reason");
        }
        return reason;
    }

    /** "Other" needs a few words; the other reasons may carry some. */
    private static String note(ModerationReason reason, String note) {
        return reason == ModerationReason.OTHER ? ModerationRules.required(note, NOTE_MAX, "note")
                : ModerationRules.text(note, NOTE_MAX, "note");
    }

    private ModerationReason mostFlaggedReason(long commentId) {
        Map<ModerationReason, Long> counts = new EnumMap<>(ModerationReason.class);
        em.createQuery("SELECT NEW org.consulta.moderation.FlagCount(f.targetId, f.reason, COUNT(f)) FROM Flag f "
                        + "WHERE f.targetType = :t AND f.targetId = :id AND f.resolvedAt IS NULL GROUP BY f.targetId, f.reason",
                        FlagCount.class)
                .setParameter("t", TargetType.COMMENT).setParameter("id", commentId).getResultList()
                .forEach(row -> counts.put(row.reason(), row.count()));
        return counts.entrySet().stream().max(Map.Entry.<ModerationReason, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(ModerationReason.OTHER);
    }
}
