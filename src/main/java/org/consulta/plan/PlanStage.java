package org.consulta.plan;

/** The life of an action plan, in the order administrators move it forward. */
public enum PlanStage {
    CO_CREATION, PUBLIC_CONSULTATION, ADOPTED, IMPLEMENTATION, FINISHED
}
