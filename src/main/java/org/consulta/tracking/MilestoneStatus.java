package org.consulta.tracking;

/** Where a milestone stands, as its reporters say with evidence. */
public enum MilestoneStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, CANCELLED
}
