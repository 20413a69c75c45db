package org.consulta.tracking;

import org.consulta.kernel.NotFoundException;

/** No such progress update on this commitment, in this repository. */
public class UpdateNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UpdateNotFoundException(String what) {
        super("progress update " + what);
    }
}
