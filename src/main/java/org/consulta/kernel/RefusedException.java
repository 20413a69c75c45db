package org.consulta.kernel;

import jakarta.ejb.ApplicationException;

/**
 * A business refusal: unchecked, carrying the key of the translated reason (the key says what
 * happened and which feature refused), and optionally the form field it is about. One class for all
 * features: they differed only in name. Subclasses exist only where the answer differs — a 404
 * ({@link NotFoundException}), a 403, an API status.
 */
@ApplicationException(rollback = true)
public class RefusedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final String field;
    private final Object[] args;

    public RefusedException(String messageKey) {
        this(messageKey, messageKey, null);
    }

    /** A refusal about one field of the form (its component id), shown next to that field. */
    public RefusedException(String messageKey, String field) {
        this(messageKey, messageKey, field);
    }

    protected RefusedException(String messageKey, String detail, String field) {
        this(messageKey, detail, field, new Object[0]);
    }

    /** A refusal whose message says which text and what limit: its ICU arguments (see {@link Refusal#args()}). */
    public static RefusedException with(String messageKey, String field, Object... args) {
        return new RefusedException(messageKey, messageKey, field, args);
    }

    private RefusedException(String messageKey, String detail, String field, Object[] args) {
        super(detail);
        this.messageKey = messageKey;
        this.field = field;
        this.args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
