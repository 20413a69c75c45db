package org.consulta.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.kernel.TenantOwned;

/** "This proposal became part of that commitment", with the editors' short note on how. */
@Entity
@Table(name = "proposal_link")
public class ProposalLink extends TenantOwned {

    public static final int MAX_NOTE = 500;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;
    @Column(name = "commitment_id", nullable = false, updatable = false)
    private Long commitmentId;
    @Column(length = MAX_NOTE)
    private String note;
    @Column(name = "linked_by", nullable = false)
    private Long linkedBy;

    protected ProposalLink() {
    }

    ProposalLink(Long proposalId, Long commitmentId, String note, Long linkedBy) {
        this.proposalId = proposalId;
        this.commitmentId = commitmentId;
        this.note = note;
        this.linkedBy = linkedBy;
    }

    public Long getProposalId() { return proposalId; }
    public Long getCommitmentId() { return commitmentId; }
    public String getNote() { return note; }
}
