package org.consulta.commitment;

import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.ShownText;
import org.consulta.i18n.Translation;
import org.consulta.i18n.TranslationStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one plan, policy area or commitment lacks in each language: texts missing, only machine-made,
 * or translated from an earlier wording of the original. {@code path} is where an editor fixes it.
 */
public record TranslationGaps(String kind, ShownText title, String path, Map<String, Counts> byLanguage) {

    /** Texts missing, machine-only and outdated in one language. */
    public record Counts(int missing, int machine, int outdated) {

        static final Counts NONE = new Counts(0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(missing + other.missing, machine + other.machine, outdated + other.outdated);
        }

        public int getMissing() { return missing; }
        public int getMachine() { return machine; }
        public int getOutdated() { return outdated; }
        public boolean isAny() { return missing + machine + outdated > 0; }
    }

    public String getKind() { return kind; }
    public ShownText getTitle() { return title; }
    public String getPath() { return path; }
    public Map<String, Counts> getByLanguage() { return byLanguage; }

    public boolean isAny() {
        return byLanguage.values().stream().anyMatch(Counts::isAny);
    }

    /** Gaps of user texts stored as {@link LocalizedText}, such as a plan's title and summary. */
    static Map<String, Counts> of(List<String> languages, List<LocalizedText> texts) {
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (String language : languages) {
            Counts sum = Counts.NONE;
            for (LocalizedText text : texts) {
                Translation t = text.in(language).orElse(null);
                sum = sum.plus(t == null ? new Counts(1, 0, 0) : new Counts(0,
                        t.status() == TranslationStatus.MACHINE ? 1 : 0, t.outdated() ? 1 : 0));
            }
            counts.put(language, sum);
        }
        return counts;
    }

    /** Gaps of a commitment's sections, each looked up exactly in each language. */
    static Map<String, Counts> of(List<String> languages, SectionTexts texts) {
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (String language : languages) {
            Counts sum = Counts.NONE;
            for (Section section : texts.text().sections()) {
                ShownText t = texts.in(section, language).orElse(null);
                sum = sum.plus(t == null ? new Counts(1, 0, 0) : new Counts(0, t.isMachine() ? 1 : 0, t.outdated() ? 1 : 0));
            }
            counts.put(language, sum);
        }
        return counts;
    }
}
