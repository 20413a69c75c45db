package org.consulta.i18n;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * This text after its author changed the original (in {@code language}) to {@code text}: when the
     * wording changed, every translation is marked outdated until someone reviews it.
     */
    public LocalizedText withOriginal(String language, String text) {
        Translation before = byLanguage.get(language);
        if (before != null && before.text().equals(text) && before.status() == TranslationStatus.ORIGINAL) {
            return this;
        }
        Map<String, Translation> copy = new LinkedHashMap<>();
        byLanguage.forEach((lang, t) -> copy.put(lang, before == null || lang.equals(language) ? t
                : new Translation(t.text(), t.status(), true)));
        copy.put(language, new Translation(text, TranslationStatus.ORIGINAL));
        return new LocalizedText(copy);
    }

    /**
     * This text with a machine translation into {@code language} made from {@code source}: kept only when
     * the original still reads {@code source} and no person's current translation is there.
     */
    public LocalizedText withMachine(String language, String source, String text) {
        boolean sourceUnchanged = originalLanguage().flatMap(this::in).map(t -> t.text().equals(source)).orElse(false);
        boolean byPerson = in(language).map(t -> t.status() != TranslationStatus.MACHINE && !t.outdated()).orElse(false);
        return sourceUnchanged && !byPerson && !text.isBlank() ? with(language, text, TranslationStatus.MACHINE) : this;
    }

    /**
     * This text after a person reviewed its machine translation into {@code language}: accepted as is
     * ({@code text} null) or corrected; either way a current human translation, with who and when.
     */
    public LocalizedText reviewed(String language, String text, long by, java.time.Instant at) {
        Translation before = byLanguage.get(language);
        String kept = text == null || text.isBlank() ? (before == null ? null : before.text()) : text.trim();
        if (kept == null) {
            return this;
        }
        Map<String, Translation> copy = new LinkedHashMap<>(byLanguage);
        copy.put(language, new Translation(kept, TranslationStatus.HUMAN, false, by, at));
        return new LocalizedText(copy);
    }

    /** The languages a machine should (re)translate into: missing, or machine-made from an earlier original. */
    public List<String> machineGaps(List<String> languages) {
        return languages.stream().filter(l -> in(l).map(t -> t.status() == TranslationStatus.MACHINE && t.outdated())
                .orElse(true)).filter(l -> !originalLanguage().map(l::equals).orElse(false)).toList();
    }

    /** The original language, if one is marked. */
    public Optional<String> originalLanguage() {
        return byLanguage.entrySet().stream().filter(e -> e.getValue().status() == TranslationStatus.ORIGINAL)
                .map(Map.Entry::getKey).findFirst();
    }

    public LocalizedText without(String language) {
        Map<String, Translation> copy = new LinkedHashMap<>(byLanguage);
        copy.remove(language);
        return new LocalizedText(copy);
    }

    /**
     * This text after an editor typed {@code text} for {@code language}, which is not the original:
     * blank removes the translation; a changed or re-saved text is a reviewed, current human translation.
     */
    public LocalizedText withTranslation(String language, String text) {
        if (text == null || text.isBlank()) {
            return without(language);
        }
        return with(language, text.trim(), TranslationStatus.HUMAN);
    }

    /**
     * This text after an editor typed, per language, the texts of a form that shows them side by side:
     * the original (which, when reworded, marks the others outdated) and translations, of which only
     * those changed or blanked are touched, so that an untouched outdated translation stays outdated.
     */
    public LocalizedText edited(String originalLanguage, Map<String, String> typed) {
        LocalizedText after = withOriginal(originalLanguage, typed.get(originalLanguage).trim());
        for (Map.Entry<String, String> e : typed.entrySet()) {
            String value = e.getValue() == null ? "" : e.getValue().trim();
            boolean same = in(e.getKey()).map(t -> t.text().equals(value)).orElse(value.isEmpty());
            if (!e.getKey().equals(originalLanguage) && !same) {
                after = after.withTranslation(e.getKey(), value);
            }
        }
        return after;
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
     * What to show a reader of {@code language}: that language if present, else the first language
     * of {@code fallbackOrder} present, else the original, else whatever exists. The result says
     * which language it is in.
     */
    public Optional<ShownText> show(String language, List<String> fallbackOrder) {
        Optional<ShownText> shown = firstOf(language);
        for (int i = 0; shown.isEmpty() && i < fallbackOrder.size(); i++) {
            shown = firstOf(fallbackOrder.get(i));
        }
        return shown.or(() -> originalLanguage().flatMap(this::firstOf))
                .or(() -> byLanguage.keySet().stream().findFirst().flatMap(this::firstOf))
                .map(s -> s.withOriginal(originalLanguage().flatMap(this::firstOf).orElse(null)));
    }

    public Optional<ShownText> show(String language, String fallbackLanguage) {
        return show(language, List.of(fallbackLanguage));
    }

    private Optional<ShownText> firstOf(String language) {
        return in(language).map(t -> ShownText.of(language, t));
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
