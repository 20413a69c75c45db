package org.consulta.translation;

import org.consulta.i18n.ShownText;

import java.time.Instant;

/**
 * One machine translation waiting for a person, for the review queue: the original beside the machine's
 * text. {@code kind} names the kind of text (its bundle key {@code translation_review.kind.*}).
 * (Bean-style getters too: Jakarta EL 5 does not read record components.)
 */
public record ReviewRow(long id, String kind, String field, ShownText original, ShownText machine, Instant madeAt) {

    public long getId() { return id; }
    public String getKind() { return kind; }
    public String getField() { return field; }
    public ShownText getOriginal() { return original; }
    public ShownText getMachine() { return machine; }
    public Instant getMadeAt() { return madeAt; }
}
