package org.consulta.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consulta.kernel.TenantOwned;

import java.time.LocalDate;

/**
 * An in-person meeting of a call, where people wrote proposals on paper or a board: how most OGP
 * members co-create outside capitals. Its proposals are recorded by a facilitator and count like any other.
 */
@Entity
@Table(name = "workshop")
public class Workshop extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id", nullable = false)
    private ProposalCall call;
    @Column(nullable = false, length = 200)
    private String place;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false)
    private int participants;
    @Column(length = 200)
    private String organisation;
    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    protected Workshop() {
    }

    Workshop(ProposalCall call, String place, LocalDate heldOn, int participants, String organisation, Long recordedBy) {
        this.call = call;
        this.place = place;
        this.heldOn = heldOn;
        this.participants = participants;
        this.organisation = organisation;
        this.recordedBy = recordedBy;
    }

    public ProposalCall getCall() { return call; }
    public String getPlace() { return place; }
    public LocalDate getHeldOn() { return heldOn; }
    public int getParticipants() { return participants; }
    public String getOrganisation() { return organisation; }
}
