package org.consulta.tenant;

import jakarta.ejb.ApplicationException;

/** A repository definition the platform refuses; the key names the translated reason. */
@ApplicationException(rollback = true)
public class InvalidRepositoryException extends RuntimeException implements org.consulta.platform.Refusal {

    private static final long serialVersionUID = 1L;
    private final String messageKey;

    public InvalidRepositoryException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
