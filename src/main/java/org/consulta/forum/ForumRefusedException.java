package org.consulta.forum;

import jakarta.ejb.ApplicationException;
import org.consulta.platform.RefusedException;

/** A forum change or a ballot the platform refuses; the key names the translated reason. */
@ApplicationException(rollback = true)
public class ForumRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public ForumRefusedException(String messageKey) {
        super(messageKey, messageKey);
    }

    public ForumRefusedException(String messageKey, String field) {
        super(messageKey, messageKey, field);
    }
}
