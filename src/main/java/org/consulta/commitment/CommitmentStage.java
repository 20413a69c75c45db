package org.consulta.commitment;

/** Where a commitment stands; withdrawal is final and needs a reason (later issue). */
public enum CommitmentStage {
    DRAFT, UNDER_CONSULTATION, FINAL, WITHDRAWN
}
