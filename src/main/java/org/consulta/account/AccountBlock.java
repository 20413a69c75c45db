package org.consulta.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.kernel.TenantOwned;

import java.time.Instant;

/**
 * A person barred from contributing, voting and flagging in one repository (they still read). One
 * row per person and repository: unblocking deactivates it; the history lies in the audit log.
 */
@Entity
@Table(name = "account_block")
public class AccountBlock extends TenantOwned {

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;
    @Column(nullable = false)
    private boolean active;
    @Column(nullable = false, length = 1000)
    private String justification;
    @Column(name = "blocked_by", nullable = false)
    private Long blockedBy;
    @Column(name = "blocked_at", nullable = false)
    private Instant blockedAt;

    protected AccountBlock() {
    }

    public AccountBlock(Long accountId) {
        this.accountId = accountId;
    }

    public void block(String why, Long by, Instant at) {
        active = true;
        justification = why;
        blockedBy = by;
        blockedAt = at;
    }

    public void lift() {
        active = false;
    }

    public Long getAccountId() { return accountId; }
    public boolean isActive() { return active; }
    public String getJustification() { return justification; }
    public Long getBlockedBy() { return blockedBy; }
    public Instant getBlockedAt() { return blockedAt; }
}
