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

    /**
     * The arguments of the message (ICU): numbers as they are, a {@link LanguageName} as the language's
     * name in the reader's language ("the title in Spanish"), a {@link Label} as its text.
     */
    default Object[] args() {
        return new Object[0];
    }

    /** An argument naming a language: the reader sees its name in their own language. */
    record LanguageName(String code) {
    }

    /** An argument that is itself a bundle key ("the problem"): the reader sees its text in their language. */
    record Label(String key) {
    }
}
