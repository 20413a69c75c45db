package org.consulta.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.consulta.comment.ModerationReason;
import org.consulta.kernel.TenantOwned;

import java.time.Instant;

/**
 * One person's flag on a comment or an account, once per item (unique in the database). Open until
 * a moderator decides on the item; kept afterwards, for the figures. The flagged never see who.
 */
@Entity
@Table(name = "flag")
public class Flag extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false, updatable = false, length = 10)
    private TargetType targetType;
    @Column(name = "target_id", nullable = false, updatable = false)
    private Long targetId;
    @Column(name = "flagger_id", nullable = false, updatable = false)
    private Long flaggerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private ModerationReason reason;
    @Column(length = 500, updatable = false)
    private String note;
    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected Flag() {
    }

    Flag(TargetType targetType, Long targetId, Long flaggerId, ModerationReason reason, String note) {
        this.targetType = targetType;
        this.targetId = targetId;
        this.flaggerId = flaggerId;
        this.reason = reason;
        this.note = note;
    }

    public TargetType getTargetType() { return targetType; }
    public Long getTargetId() { return targetId; }
    public Long getFlaggerId() { return flaggerId; }
    public ModerationReason getReason() { return reason; }
    public String getNote() { return note; }
    public Instant getResolvedAt() { return resolvedAt; }
}
