package org.consulta.i18n;

import java.time.Instant;
import java.util.Objects;

/**
 * One language's text of one field, with its provenance. {@code outdated}: the original changed
 * after this translation was made, and no one has reviewed it since. {@code reviewedBy} and
 * {@code reviewedAt}: the person who accepted or corrected a machine translation, and when.
 */
public record Translation(String text, TranslationStatus status, boolean outdated, Long reviewedBy, Instant reviewedAt) {

    public Translation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
    }

    public Translation(String text, TranslationStatus status, boolean outdated) {
        this(text, status, outdated, null, null);
    }

    public Translation(String text, TranslationStatus status) {
        this(text, status, false);
    }

    /** Whether a person accepted or corrected it after the machine made it. */
    public boolean isReviewed() {
        return reviewedBy != null;
    }
}
