package org.consulta.proposal;

import org.consulta.kernel.Tenant;

/** A proposal was written, rewritten, completed or merged: its search entries follow (same transaction). */
public record ProposalChanged(Tenant tenant, long proposalId) {
}
