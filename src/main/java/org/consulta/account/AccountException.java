package org.consulta.account;

import jakarta.ejb.ApplicationException;

/** A refused account operation; the key names the translated reason shown to the person. */
@ApplicationException(rollback = true)
public class AccountException extends RuntimeException implements org.consulta.platform.Refusal {

    private static final long serialVersionUID = 1L;
    private final String messageKey;

    public AccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
