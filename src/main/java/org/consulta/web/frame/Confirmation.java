package org.consulta.web.frame;

import org.consulta.kernel.RefusedException;

/**
 * The confirmation step of an irreversible action that works without JavaScript: the form carries a box
 * saying what cannot be undone, and the action is refused, with that message next to the box, until it is ticked.
 */
public final class Confirmation {

    private Confirmation() {
    }

    /** Refuses with {@code messageKey} (about the field {@code field}, or the whole form) unless {@code confirmed}. */
    public static void require(boolean confirmed, String messageKey, String field) {
        if (!confirmed) {
            throw new RefusedException(messageKey, field);
        }
    }
}
