package org.consulta.translation;

import org.consulta.i18n.LocalizedText;

import java.time.Instant;
import java.util.Map;

/**
 * Where the texts of some entities live, for the machine and the reviewers: {@link FieldTexts} for entities
 * with {@code LocalizedText} fields; a feature that keeps texts another way (a commitment's sections)
 * provides its own. Every method runs in the caller's transaction, with the repository bound.
 */
public interface MachineTextStore {

    /** The texts of one item, by key, with their kind of text. */
    record Item(String kind, boolean isPublic, Map<String, LocalizedText> texts) {
    }

    /** Whether it keeps the texts of the entities so named. */
    boolean keeps(String entityName);

    /** The item's texts, or null when it is gone. */
    Item load(String entityName, long id);

    /**
     * Keeps a machine translation of one text, made from {@code source}: false when the original changed
     * meanwhile or a person has written that translation since.
     */
    boolean storeMachine(String entityName, long id, String key, String language, String source, String text);

    /** A person accepted ({@code text} null) or corrected a machine translation: a human one, with who and when. */
    void review(String entityName, long id, String key, String language, String text, long reviewer, Instant at);

    /** A person rejected a machine translation: it is removed (the item may ask the machine again). */
    void reject(String entityName, long id, String key, String language);
}
