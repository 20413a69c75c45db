package org.consulta.api;

import org.consulta.kernel.RefusedException;

/** A request the API refuses, with its HTTP status and the key of the translated title. */
public class ApiRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;
    private final int status;

    public ApiRefusedException(String messageKey, int status) {
        super(messageKey);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
