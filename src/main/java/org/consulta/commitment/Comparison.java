package org.consulta.commitment;

import org.consulta.i18n.ShownText;

import java.util.List;
import java.util.Map;

/** Two published versions side by side, section by section, in the reader's language. */
public record Comparison(Commitment commitment, VersionLine from, VersionLine to, List<VersionLine> versions,
                         List<VersionComparison.SectionChange> changes, Map<String, ShownText> shownAs) {

    public Commitment getCommitment() { return commitment; }
    public VersionLine getFrom() { return from; }
    public VersionLine getTo() { return to; }
    public List<VersionLine> getVersions() { return versions; }
    public List<VersionComparison.SectionChange> getChanges() { return changes; }
    /** The language (and provenance) each section is compared in, by key: for its lang attribute and label. */
    public Map<String, ShownText> getShownAs() { return shownAs; }

    public long count(VersionComparison.Change kind) {
        return changes.stream().filter(c -> c.change() == kind).count();
    }
}
