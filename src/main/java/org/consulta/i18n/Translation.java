package org.consulta.i18n;

import java.util.Objects;

/**
 * One language's text of one field, with its provenance. {@code outdated}: the original changed
 * after this translation was made, and no one has reviewed it since.
 */
public record Translation(String text, TranslationStatus status, boolean outdated) {

    public Translation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
    }

    public Translation(String text, TranslationStatus status) {
        this(text, status, false);
    }
}
