package org.consulta.kernel;

/**
 * A business refusal: the use case said no, nothing changed, and the person is told why in their
 * language. The JSF exception handler turns any exception carrying it into a translated message.
 */
public interface Refusal {

    String messageKey();

    /** The id of the form field the refusal is about, so the message stands next to it; null for the whole form. */
    default String field() {
        return null;
    }
}
