package org.consulta.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.kernel.TenantOwned;

import java.time.Instant;

/**
 * An author's one appeal (unique per comment) against hiding or holding their contribution. Decided
 * by a moderator other than the one who hid it; the decision and its reason go back to the author.
 */
@Entity
@Table(name = "appeal")
public class Appeal extends TenantOwned {

    @Column(name = "comment_id", nullable = false, updatable = false)
    private Long commentId;
    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;
    @Column(nullable = false, updatable = false, length = 1000)
    private String explanation;
    /** Who hid or held it: the one moderator who may not decide. Null when flags hid it. */
    @Column(name = "moderated_by", updatable = false)
    private Long moderatedBy;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    /** True: the contribution was made public again; false: the decision stands. */
    @Column
    private Boolean reversed;
    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    protected Appeal() {
    }

    Appeal(Long commentId, Long authorId, String explanation, Long moderatedBy) {
        this.commentId = commentId;
        this.authorId = authorId;
        this.explanation = explanation;
        this.moderatedBy = moderatedBy;
    }

    void decide(boolean reverse, String reason, Long by, Instant at) {
        reversed = reverse;
        decisionReason = reason;
        decidedBy = by;
        decidedAt = at;
    }

    public boolean isDecided() { return decidedAt != null; }
    public Long getCommentId() { return commentId; }
    public Long getAuthorId() { return authorId; }
    public String getExplanation() { return explanation; }
    public Long getModeratedBy() { return moderatedBy; }
    public Long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Boolean getReversed() { return reversed; }
    public String getDecisionReason() { return decisionReason; }
}
