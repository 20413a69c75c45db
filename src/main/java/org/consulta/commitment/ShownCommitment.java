package org.consulta.commitment;

import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.ShownText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A commitment as one reader sees it, in one version (or the draft): every section chosen in their
 * language, the version list, and what the page says about the commitment's state.
 */
public class ShownCommitment {

    private final Commitment commitment;
    private final VersionLine version;
    private final List<VersionLine> versions;
    private final Map<String, List<ShownSection>> fields = new LinkedHashMap<>();
    private final List<ShownMilestone> milestones;
    private final String contact;
    private final List<LocalizedText> policyAreas;

    ShownCommitment(Commitment commitment, VersionLine version, List<VersionLine> versions, SectionTexts texts,
                    String reader, List<String> fallbackOrder) {
        this.commitment = commitment;
        this.version = version;
        this.versions = versions;
        CommitmentText text = texts.text();
        for (TemplateField field : TemplateField.values()) {
            fields.put(field.name(), text.sections(field).stream()
                    .map(s -> new ShownSection(s.key(), s.field(), texts.show(s, reader, fallbackOrder))).toList());
        }
        this.milestones = text.milestones().stream().map(m -> new ShownMilestone(m.key(),
                text.section(m.key()).map(s -> texts.show(s, reader, fallbackOrder)).orElse(null), m.start(), m.end())).toList();
        this.contact = text.contact();
        this.policyAreas = commitment.getPolicyAreas().stream().map(org.consulta.plan.PolicyArea::getName).toList();
    }

    /** Sections by {@link TemplateField} name, in order; empty for a field left blank. */
    public Map<String, List<ShownSection>> getFields() { return fields; }

    public ShownText getTitle() {
        return fields.get(TemplateField.TITLE.name()).stream().findFirst().map(ShownSection::text).orElse(null);
    }

    public List<ShownSection> getValues() {
        return java.util.Arrays.stream(OgpValue.values())
                .flatMap(v -> fields.get(TemplateField.ofValue(v).name()).stream()).toList();
    }

    public Commitment getCommitment() { return commitment; }
    /** Null when this is the unpublished draft. */
    public VersionLine getVersion() { return version; }
    public boolean isDraft() { return version == null; }
    public boolean isLatest() { return version != null && version.number() == commitment.getVersionCount(); }
    public List<VersionLine> getVersions() { return versions; }
    public List<ShownMilestone> getMilestones() { return milestones; }
    public String getContact() { return contact; }
    public List<LocalizedText> getPolicyAreas() { return policyAreas; }
}
