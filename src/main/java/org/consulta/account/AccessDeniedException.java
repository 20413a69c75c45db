package org.consulta.account;

import jakarta.ejb.ApplicationException;
import org.consulta.kernel.RefusedException;

/** The person lacks the role this action needs in this repository; nothing was changed. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String what) {
        super("error.access_denied", what, null);
    }
}
