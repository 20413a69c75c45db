package org.consulta.i18n;

import java.util.Objects;

/** One language's text of one field, with its provenance. */
public record Translation(String text, TranslationStatus status) {

    public Translation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
    }
}
