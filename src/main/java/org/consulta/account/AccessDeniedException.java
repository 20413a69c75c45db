package org.consulta.account;

import jakarta.ejb.ApplicationException;

/** The person lacks the role this action needs in this repository; nothing was changed. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException implements org.consulta.platform.Refusal {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String what) {
        super(what);
    }

    @Override
    public String messageKey() {
        return "error.access_denied";
    }
}
