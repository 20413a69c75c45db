package org.consulta.commitment;

import org.consulta.kernel.NotFoundException;

/** No such commitment (or version) here, or one this visitor may not see yet. */
public class CommitmentNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public CommitmentNotFoundException(String what) {
        super("commitment " + what);
    }
}
