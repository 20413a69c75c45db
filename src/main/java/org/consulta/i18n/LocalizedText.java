package org.consulta.i18n;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A user-written field in several languages. Immutable: {@link #with} returns a copy, so an entity
 * field is reassigned (and so marked dirty) whenever one language changes.
 */
public final class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final LocalizedText EMPTY = new LocalizedText(Map.of());

    private final Map<String, Translation> byLanguage;

    private LocalizedText(Map<String, Translation> byLanguage) {
        this.byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    public static LocalizedText empty() {
        return EMPTY;
    }

    public static LocalizedText of(Map<String, Translation> byLanguage) {
        return new LocalizedText(byLanguage);
    }

    /** The original text, written in {@code language}. */
    public static LocalizedText original(String language, String text) {
        return EMPTY.with(language, text, TranslationStatus.ORIGINAL);
    }

    public LocalizedText with(String language, String text, TranslationStatus status) {
        Map<String, Translation> copy = new LinkedHashMap<>(byLanguage);
        copy.put(language, new Translation(text, status));
        return new LocalizedText(copy);
    }

    public Optional<Translation> in(String language) {
        return Optional.ofNullable(byLanguage.get(language));
    }

    public Map<String, Translation> asMap() {
        return byLanguage;
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    /**
     * What to show a reader of {@code language}: that language if present, else the fallback
     * language, else the original, else whatever exists. The result says which language it is.
     */
    public Optional<ShownText> show(String language, String fallbackLanguage) {
        return firstOf(language).or(() -> firstOf(fallbackLanguage)).or(this::original)
                .or(() -> byLanguage.keySet().stream().findFirst().flatMap(this::firstOf));
    }

    private Optional<ShownText> firstOf(String language) {
        return in(language).map(t -> new ShownText(t.text(), language, t.status()));
    }

    private Optional<ShownText> original() {
        return byLanguage.entrySet().stream()
                .filter(e -> e.getValue().status() == TranslationStatus.ORIGINAL).findFirst()
                .map(e -> new ShownText(e.getValue().text(), e.getKey(), e.getValue().status()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && byLanguage.equals(that.byLanguage);
    }

    @Override
    public int hashCode() {
        return byLanguage.hashCode();
    }

    @Override
    public String toString() {
        return "LocalizedText" + byLanguage;
    }
}
