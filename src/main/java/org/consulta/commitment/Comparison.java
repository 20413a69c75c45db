package org.consulta.commitment;

import java.util.List;

/** Two published versions side by side, section by section, in the reader's language. */
public record Comparison(Commitment commitment, VersionLine from, VersionLine to, List<VersionLine> versions,
                         List<VersionComparison.SectionChange> changes) {

    public Commitment getCommitment() { return commitment; }
    public VersionLine getFrom() { return from; }
    public VersionLine getTo() { return to; }
    public List<VersionLine> getVersions() { return versions; }
    public List<VersionComparison.SectionChange> getChanges() { return changes; }

    public long count(VersionComparison.Change kind) {
        return changes.stream().filter(c -> c.change() == kind).count();
    }
}
