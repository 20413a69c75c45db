package org.consulta.commitment;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything a commitment says, as written in its original language: the template's texts as
 * sections with stable keys, the milestones' dates and the contact. A draft is one; a published
 * version keeps one unchanged for ever. Translations are kept apart, per section (see
 * {@link SectionTranslation}), so that translating never touches a published text.
 */
public record CommitmentText(String language, List<Section> sections, List<Milestone> milestones, String contact) {

    public CommitmentText {
        sections = List.copyOf(sections);
        milestones = List.copyOf(milestones);
        contact = contact == null ? "" : contact;
    }

    public static CommitmentText empty(String language) {
        return new CommitmentText(language, List.of(), List.of(), "");
    }

    public List<Section> sections(TemplateField field) {
        return sections.stream().filter(s -> s.field().equals(field.name())).toList();
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** A field's text as its author typed it: paragraphs separated by blank lines. */
    public String text(TemplateField field) {
        return sections(field).stream().map(Section::text).collect(Collectors.joining("\n\n"));
    }

    public String getLanguage() {
        return language;
    }

    public String title() {
        return text(TemplateField.TITLE);
    }

    public String deliverable(String milestoneKey) {
        return section(milestoneKey).map(Section::text).orElse("");
    }
}
