package org.consulta.web.frame;

import org.consulta.platform.RefusedException;

/** A row form that cannot be carried out as posted: expired, forged, or naming no action of its page. */
public class RowRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public RowRefusedException(String messageKey) {
        super(messageKey, messageKey);
    }
}
