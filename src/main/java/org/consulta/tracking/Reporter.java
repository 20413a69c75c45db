package org.consulta.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.kernel.TenantOwned;

/** A person the administrators appointed to report the progress of one commitment (unique per pair). */
@Entity
@Table(name = "commitment_reporter")
public class Reporter extends TenantOwned {

    @Column(name = "commitment_id", nullable = false, updatable = false)
    private Long commitmentId;
    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    protected Reporter() {
    }

    Reporter(Long commitmentId, Long accountId) {
        this.commitmentId = commitmentId;
        this.accountId = accountId;
    }

    public Long getCommitmentId() { return commitmentId; }
    public Long getAccountId() { return accountId; }
}
