package org.consulta.platform;

/**
 * Base of the business refusals: unchecked, carrying the key of the translated reason. Subclasses
 * say which feature refused and whether the transaction must roll back (@ApplicationException).
 */
public abstract class RefusedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;
    private final String messageKey;

    protected RefusedException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
