package org.consulta.moderation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.audit.AuditLog;
import org.consulta.comment.ModerationReason;
import org.consulta.kernel.Tenant;

/**
 * Writes each moderation step twice in the caller's transaction: to the audit log (who, what,
 * reason and note) and to the figures the transparency page publishes (no person in them).
 */
@Dependent
class ModerationLog {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private AuditLog audit;

    void record(Tenant tenant, Long actorId, ModerationAction.Kind kind, TargetType type, Long targetId,
                ModerationReason reason, String note) {
        em.persist(new ModerationAction(actorId, kind, type, targetId, reason));
        audit.record(tenant, actorId, "moderation." + kind.name().toLowerCase(java.util.Locale.ROOT),
                type.name().toLowerCase(java.util.Locale.ROOT) + ":" + targetId, null,
                (reason == null ? "" : reason.name()) + (note == null || note.isBlank() ? "" : " — " + note));
    }
}
