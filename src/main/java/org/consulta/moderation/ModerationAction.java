package org.consulta.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.consulta.comment.ModerationReason;
import org.consulta.kernel.TenantOwned;

/**
 * One moderation step, append-only, what the transparency page counts per month. Who did it and
 * the note are in the audit log; this row keeps only what may be published as figures.
 */
@Entity
@Table(name = "moderation_action")
public class ModerationAction extends TenantOwned {

    /** The steps; {@code AUTO_HIDE} is the flags reaching the threshold. */
    public enum Kind { APPROVE, HIDE, AUTO_HIDE, RESTORE, DISMISS, BLOCK, UNBLOCK, APPEAL, APPEAL_UPHELD, APPEAL_REVERSED }

    @Column(name = "actor_id", updatable = false)
    private Long actorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Kind action;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false, updatable = false, length = 10)
    private TargetType targetType;
    @Column(name = "target_id", nullable = false, updatable = false)
    private Long targetId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 16)
    private ModerationReason reason;

    protected ModerationAction() {
    }

    ModerationAction(Long actorId, Kind action, TargetType targetType, Long targetId, ModerationReason reason) {
        this.actorId = actorId;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.reason = reason;
    }

    public Kind getAction() { return action; }
    public TargetType getTargetType() { return targetType; }
    public Long getTargetId() { return targetId; }
    public ModerationReason getReason() { return reason; }
}
