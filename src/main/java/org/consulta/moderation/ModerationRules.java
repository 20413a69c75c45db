package org.consulta.moderation;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.consulta.comment.Comment;
import org.consulta.kernel.RefusedException;

import java.time.Instant;

/**
 * What every moderation step checks and shares, in the caller's tenant-bound transaction: the
 * moderator's role here, the comment read under its row lock (concurrent flags and decisions on one
 * item take turns), the texts' limits, and closing an item's open flags.
 */
@Dependent
class ModerationRules {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    Comment lockedComment(long id) {
        return em.createQuery("SELECT c FROM Comment c WHERE c.id = :id", Comment.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException("moderation.refused.not_found"));
    }

    /** A moderator never decides on their own contribution. */
    Comment othersComment(long id, Long moderatorId) {
        Comment comment = lockedComment(id);
        if (comment.getAuthorId().equals(moderatorId)) {
            throw new RefusedException("moderation.refused.own_content");
        }
        return comment;
    }

    /** Optional text: trimmed, null when blank, refused above {@code max} characters. */
    static String text(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw new RefusedException("moderation.refused.too_long", field);
        }
        return text.strip();
    }

    static String required(String text, int max, String field) {
        String value = text(text, max, field);
        if (value == null) {
            throw new RefusedException("moderation.refused.text_needed", field);
        }
        return value;
    }

    int resolveFlags(TargetType type, Long targetId, Instant now) {
        return em.createQuery("UPDATE Flag f SET f.resolvedAt = :now WHERE f.targetType = :t AND f.targetId = :id "
                        + "AND f.resolvedAt IS NULL").setParameter("now", now).setParameter("t", type)
                .setParameter("id", targetId).executeUpdate();
    }

    long openFlags(TargetType type, Long targetId) {
        return em.createQuery("SELECT COUNT(f) FROM Flag f WHERE f.targetType = :t AND f.targetId = :id "
                        + "AND f.resolvedAt IS NULL", Long.class).setParameter("t", type).setParameter("id", targetId)
                .getSingleResult();
    }
}
