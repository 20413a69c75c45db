package org.consulta.commitment;

import org.consulta.i18n.ShownText;
import org.consulta.i18n.Translation;
import org.consulta.i18n.TranslationStatus;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses, for each section of a commitment's text, what a reader sees: their language when a
 * translation exists (marked outdated when it was made from an earlier wording), else the first
 * language of the repository's fallback order that has one, else the original.
 */
public final class SectionTexts {

    private final CommitmentText text;
    private final Collection<SectionTranslation> translations;

    public SectionTexts(CommitmentText text, Collection<SectionTranslation> translations) {
        this.text = text;
        this.translations = translations;
    }

    public ShownText show(Section section, String reader, List<String> fallbackOrder) {
        Optional<ShownText> shown = in(section, reader);
        for (int i = 0; shown.isEmpty() && i < fallbackOrder.size(); i++) {
            shown = in(section, fallbackOrder.get(i));
        }
        ShownText original = new ShownText(section.text(), text.language(), TranslationStatus.ORIGINAL);
        return shown.map(s -> s.withOriginal(original)).orElse(original);
    }

    /** The section in exactly {@code language}, if it exists there in any state. */
    public Optional<ShownText> in(Section section, String language) {
        if (language.equals(text.language())) {
            return Optional.of(new ShownText(section.text(), language, TranslationStatus.ORIGINAL));
        }
        List<SectionTranslation> candidates = translations.stream()
                .filter(t -> t.getSectionKey().equals(section.key()) && t.getLanguage().equals(language))
                .sorted(Comparator.comparing(SectionTranslation::getCreatedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        return candidates.stream().filter(t -> t.translates(section.text())).findFirst()
                .map(t -> ShownText.of(language, new Translation(t.getText(), t.getStatus(), false)))
                .or(() -> candidates.stream().findFirst()
                        .map(t -> ShownText.of(language, new Translation(t.getText(), t.getStatus(), true))));
    }

    public CommitmentText text() {
        return text;
    }
}
