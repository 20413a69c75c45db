package org.consulta.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.kernel.TenantOwned;

/** A participant's public support of a draft commitment during its consultation: one per person (unique). */
@Entity
@Table(name = "commitment_support")
public class Support extends TenantOwned {

    @Column(name = "commitment_id", nullable = false, updatable = false)
    private Long commitmentId;
    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    protected Support() {
    }

    Support(Long commitmentId, Long accountId) {
        this.commitmentId = commitmentId;
        this.accountId = accountId;
    }

    public Long getCommitmentId() { return commitmentId; }
    public Long getAccountId() { return accountId; }
}
