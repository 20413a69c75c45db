package org.consulta.tenant;

import jakarta.ejb.ApplicationException;
import org.consulta.platform.RefusedException;

/** A repository definition the platform refuses; the key names the translated reason. */
@ApplicationException(rollback = true)
public class InvalidRepositoryException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public InvalidRepositoryException(String messageKey) {
        super(messageKey, messageKey);
    }

    public InvalidRepositoryException(String messageKey, String field) {
        super(messageKey, messageKey, field);
    }
}
