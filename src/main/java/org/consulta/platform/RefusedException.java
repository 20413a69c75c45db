package org.consulta.platform;

/**
 * Base of the business refusals: unchecked, carrying the key of the translated reason. Subclasses
 * say which feature refused and whether the transaction must roll back (@ApplicationException).
 */
public abstract class RefusedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final String field;

    protected RefusedException(String messageKey, String detail) {
        this(messageKey, detail, null);
    }

    protected RefusedException(String messageKey, String detail, String field) {
        super(detail);
        this.messageKey = messageKey;
        this.field = field;
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
