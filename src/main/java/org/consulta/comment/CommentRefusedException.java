package org.consulta.comment;

import jakarta.ejb.ApplicationException;
import org.consulta.platform.RefusedException;

/** A contribution the platform refuses; the key names the translated reason. */
@ApplicationException(rollback = true)
public class CommentRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public CommentRefusedException(String messageKey) {
        super(messageKey, messageKey);
    }

    public CommentRefusedException(String messageKey, String field) {
        super(messageKey, messageKey, field);
    }
}
