package org.consulta.plan;

import org.consulta.kernel.NotFoundException;

/** No such plan in this repository (or in another one: the caller cannot tell). */
public class PlanNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public PlanNotFoundException(String what) {
        super("plan " + what);
    }
}
