package org.consulta.plan;

import jakarta.ejb.ApplicationException;
import org.consulta.platform.RefusedException;

/** A change to an action plan the platform refuses; the key names the translated reason. */
@ApplicationException(rollback = true)
public class PlanRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public PlanRefusedException(String messageKey) {
        super(messageKey, messageKey);
    }

    public PlanRefusedException(String messageKey, String field) {
        super(messageKey, messageKey, field);
    }
}
