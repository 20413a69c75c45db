package org.consulta.commitment;

/** A commitment with its plan's id, as a query row (the plan itself stays unloaded). */
public record PlanCommitment(Long planId, Commitment commitment) {
}
