package org.consulta.account;

import jakarta.ejb.ApplicationException;
import org.consulta.platform.RefusedException;

/** A refused account operation; the key names the translated reason shown to the person. */
@ApplicationException(rollback = true)
public class AccountException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public AccountException(String messageKey) {
        super(messageKey, messageKey);
    }

    /** A refusal about one field of the form (its component id), shown next to that field. */
    public AccountException(String messageKey, String field) {
        super(messageKey, messageKey, field);
    }
}
