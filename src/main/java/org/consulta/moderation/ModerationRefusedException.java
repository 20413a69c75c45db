package org.consulta.moderation;

import jakarta.ejb.ApplicationException;
import org.consulta.platform.RefusedException;

/** A flag, decision, block or appeal the platform refuses; the key names the translated reason. */
@ApplicationException(rollback = true)
public class ModerationRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public ModerationRefusedException(String messageKey) {
        super(messageKey, messageKey);
    }

    public ModerationRefusedException(String messageKey, String field) {
        super(messageKey, messageKey, field);
    }
}
