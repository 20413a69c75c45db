package org.consulta.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.MachineFields;
import org.consulta.i18n.MachineTranslatable;
import org.consulta.kernel.TenantOwned;

/** One option of a ballot, in its place; a free text per language, or a draft commitment's title. */
@Entity
@Table(name = "ballot_option")
public class BallotOption extends TenantOwned implements MachineTranslatable {

    private static final MachineFields<BallotOption> MACHINE = MachineFields.<BallotOption>of("forum")
            .field("label", e -> e.label, (e, t) -> e.label = t);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ballot_id", nullable = false, updatable = false)
    private Ballot ballot;
    @Column(nullable = false, updatable = false)
    private int position;
    @Column(nullable = false)
    private LocalizedText label;
    @Column(name = "commitment_id", updatable = false)
    private Long commitmentId;
    @Column(name = "proposal_id", updatable = false)
    private Long proposalId;

    protected BallotOption() {
    }

    BallotOption(Ballot ballot, int position, LocalizedText label, Long commitmentId, Long proposalId) {
        this.ballot = ballot;
        this.position = position;
        this.label = label;
        this.commitmentId = commitmentId;
        this.proposalId = proposalId;
    }

    public int getPosition() { return position; }
    public LocalizedText getLabel() { return label; }
    public Long getCommitmentId() { return commitmentId; }
    public Long getProposalId() { return proposalId; }

    @Override
    public MachineFields<?> machineFields() {
        return MACHINE;
    }
}
