package org.consulta.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.kernel.TenantOwned;

import java.time.Instant;

/**
 * Someone who follows a proposal: its author and its supporters from the moment they act, anyone who
 * chooses to. One row per person (unique); unfollowing keeps the row, so acting again does not follow anew.
 */
@Entity
@Table(name = "proposal_follower")
public class ProposalFollower extends TenantOwned {

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;
    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;
    @Column(name = "unfollowed_at")
    private Instant unfollowedAt;

    protected ProposalFollower() {
    }

    ProposalFollower(Long proposalId, Long accountId) {
        this.proposalId = proposalId;
        this.accountId = accountId;
    }

    void unfollow(Instant now) {
        unfollowedAt = now;
    }

    void resume() {
        unfollowedAt = null;
    }

    public boolean isActive() { return unfollowedAt == null; }
    public Long getProposalId() { return proposalId; }
    public Long getAccountId() { return accountId; }
}
