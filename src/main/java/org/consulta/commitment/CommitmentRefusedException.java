package org.consulta.commitment;

import jakarta.ejb.ApplicationException;
import org.consulta.platform.RefusedException;

/** A change to a commitment the platform refuses; the key names the translated reason. */
@ApplicationException(rollback = true)
public class CommitmentRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public CommitmentRefusedException(String messageKey) {
        super(messageKey, messageKey);
    }

    public CommitmentRefusedException(String messageKey, String field) {
        super(messageKey, messageKey, field);
    }
}
