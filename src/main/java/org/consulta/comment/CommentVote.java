package org.consulta.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.kernel.TenantOwned;

/** One person's up (+1) or down (-1) vote on one comment; the database allows one row per pair. */
@Entity
@Table(name = "comment_vote")
public class CommentVote extends TenantOwned {

    @Column(name = "comment_id", nullable = false)
    private Long commentId;
    @Column(name = "account_id", nullable = false)
    private Long accountId;
    @Column(name = "vote_value", nullable = false)
    private int value;

    protected CommentVote() {
    }

    CommentVote(Long commentId, Long accountId, int value) {
        this.commentId = commentId;
        this.accountId = accountId;
        this.value = value;
    }

    void change(int newValue) {
        value = newValue;
    }

    public Long getCommentId() { return commentId; }
    public Long getAccountId() { return accountId; }
    public int getValue() { return value; }
}
