package org.consulta.commitment;

/**
 * The parts of OGP's commitment template that hold text. Long fields are split into one section per
 * paragraph; the others are one section each, whose key is the field's own name.
 */
public enum TemplateField {
    TITLE(false), PROBLEM(true), STATUS_QUO(true), DESCRIPTION(true), HOW(true),
    VALUE_ACCESS_TO_INFORMATION(false), VALUE_CIVIC_PARTICIPATION(false), VALUE_PUBLIC_ACCOUNTABILITY(false),
    VALUE_TECHNOLOGY_AND_INNOVATION(false),
    LEAD_INSTITUTION(false), GOVERNMENT_STAKEHOLDERS(false), CIVIL_SOCIETY_STAKEHOLDERS(false),
    /** A milestone's verifiable deliverable; its section key is the milestone's key. */
    MILESTONE(false);

    private final boolean paragraphs;

    TemplateField(boolean paragraphs) {
        this.paragraphs = paragraphs;
    }

    public boolean isParagraphs() {
        return paragraphs;
    }

    /** The section key of a one-section field. */
    public String singleKey() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TemplateField ofValue(OgpValue value) {
        return valueOf("VALUE_" + value.name());
    }
}
