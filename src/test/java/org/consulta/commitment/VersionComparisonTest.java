package org.consulta.commitment;

import org.consulta.commitment.VersionComparison.Change;
import org.consulta.commitment.VersionComparison.SectionChange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Comparing two versions: sections added, removed, reordered and changed, with the changed words. */
class VersionComparisonTest {

    private static Section s(String key, int position, String text) {
        return new Section(key, "objective", position, text);
    }

    @Test
    void marksEveryKindOfChange() {
        List<Section> v1 = List.of(s("a", 0, "Publish every contract in OCDS."), s("b", 1, "Train officials."),
                s("c", 2, "Review data quality yearly."), s("d", 3, "Open a helpdesk."));
        List<Section> v2 = List.of(s("c", 0, "Review data quality every six months."), s("a", 1, "Publish every contract in OCDS."),
                s("e", 2, "Create citizen alerts."), s("d", 3, "Open a helpdesk."));
        List<SectionChange> changes = VersionComparison.compare(v1, v2);
        // c moved to the top and changed: it reads as changed; a, now after it, reads as moved
        assertEquals(List.of("c:CHANGED", "a:MOVED", "b:REMOVED", "e:ADDED", "d:UNCHANGED"),
                changes.stream().map(c -> c.key() + ":" + c.change()).toList());
    }

    @Test
    void aSectionThatOnlyMovedIsMarkedMoved() {
        List<Section> v1 = List.of(s("a", 0, "One."), s("b", 1, "Two."), s("c", 2, "Three."));
        List<Section> v2 = List.of(s("c", 0, "Three."), s("a", 1, "One."), s("b", 2, "Two."));
        assertEquals(List.of(Change.MOVED, Change.UNCHANGED, Change.UNCHANGED),
                VersionComparison.compare(v1, v2).stream().map(SectionChange::change).toList());
    }

    @Test
    void showsTheChangedWords() {
        List<TextDiff.Segment> words = TextDiff.words("Review data quality yearly with civil society.",
                "Review data quality every six months with civil society.");
        assertEquals(List.of(
                        new TextDiff.Segment(TextDiff.Kind.SAME, "Review data quality "),
                        new TextDiff.Segment(TextDiff.Kind.REMOVED, "yearly "),
                        new TextDiff.Segment(TextDiff.Kind.ADDED, "every six months "),
                        new TextDiff.Segment(TextDiff.Kind.SAME, "with civil society.")),
                words);
    }

    @Test
    void identicalTextsAreOneSameSegment() {
        assertEquals(List.of(new TextDiff.Segment(TextDiff.Kind.SAME, "Open data.")), TextDiff.words("Open data.", "Open data."));
    }
}
