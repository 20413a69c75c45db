package org.consulta.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.kernel.TenantOwned;

/** A participant's public support of a proposal: once per person (unique in the database), withdrawable. */
@Entity
@Table(name = "proposal_support")
public class ProposalSupport extends TenantOwned {

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;
    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    protected ProposalSupport() {
    }

    ProposalSupport(Long proposalId, Long accountId) {
        this.proposalId = proposalId;
        this.accountId = accountId;
    }

    public Long getProposalId() { return proposalId; }
    public Long getAccountId() { return accountId; }
}
