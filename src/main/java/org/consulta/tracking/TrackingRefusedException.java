package org.consulta.tracking;

import jakarta.ejb.ApplicationException;
import org.consulta.platform.RefusedException;

/** A progress update or an appointment the platform refuses; the key names the translated reason. */
@ApplicationException(rollback = true)
public class TrackingRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public TrackingRefusedException(String messageKey) {
        super(messageKey, messageKey);
    }

    public TrackingRefusedException(String messageKey, String field) {
        super(messageKey, messageKey, field);
    }
}
