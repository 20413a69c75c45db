package org.consulta.consultation;

import jakarta.ejb.ApplicationException;
import org.consulta.platform.RefusedException;

/** A consultation change the platform refuses; the key names the translated reason. */
@ApplicationException(rollback = true)
public class ConsultationRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public ConsultationRefusedException(String messageKey) {
        super(messageKey, messageKey);
    }

    public ConsultationRefusedException(String messageKey, String field) {
        super(messageKey, messageKey, field);
    }
}
