package org.consulta.kernel;

import jakarta.ejb.ApplicationException;

/**
 * What a page asks for does not exist here (or is not for this visitor's eyes, which looks the
 * same from outside): the visitor gets the translated 404 page.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super("error.not_found", what, null);
    }
}
