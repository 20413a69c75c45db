package org.consulta.commitment;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a commitment, section by section: added, removed, moved,
 * changed (with the changed words) or unchanged. Sections are matched by identity, not by text.
 */
public final class VersionComparison {

    public enum Change { ADDED, REMOVED, CHANGED, MOVED, UNCHANGED }

    public record SectionChange(String key, String field, Change change, List<TextDiff.Segment> words) {
        public String getKey() { return key; }
        public String getField() { return field; }
        public Change getChange() { return change; }
        public List<TextDiff.Segment> getWords() { return words; }
    }

    private VersionComparison() {
    }

    /** The newer version's sections in order, each removed section after the one it followed. */
    public static List<SectionChange> compare(List<Section> older, List<Section> newer) {
        Map<String, Section> before = older.stream().collect(Collectors.toMap(Section::key, Function.identity()));
        Set<String> kept = newer.stream().map(Section::key).filter(before::containsKey).collect(Collectors.toSet());
        Set<String> moved = moved(older, newer, kept);
        List<SectionChange> changes = new ArrayList<>();
        removedAfter(null, older, kept, changes);
        for (Section section : newer) {
            Section old = before.get(section.key());
            if (old == null) {
                changes.add(new SectionChange(section.key(), section.field(), Change.ADDED,
                        List.of(new TextDiff.Segment(TextDiff.Kind.ADDED, section.text()))));
            } else if (!old.text().equals(section.text())) {
                changes.add(new SectionChange(section.key(), section.field(), Change.CHANGED,
                        TextDiff.words(old.text(), section.text())));
            } else {
                changes.add(new SectionChange(section.key(), section.field(),
                        moved.contains(section.key()) ? Change.MOVED : Change.UNCHANGED,
                        List.of(new TextDiff.Segment(TextDiff.Kind.SAME, section.text()))));
            }
            if (old != null) {
                removedAfter(old.key(), older, kept, changes);
            }
        }
        return changes;
    }

    /** Kept sections outside the longest common order of the two versions have moved. */
    private static Set<String> moved(List<Section> older, List<Section> newer, Set<String> kept) {
        List<String> from = older.stream().map(Section::key).filter(kept::contains).toList();
        List<String> to = newer.stream().map(Section::key).filter(kept::contains).toList();
        Set<String> moved = new HashSet<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            moved.addAll(delta.getTarget().getLines());
        }
        return moved;
    }

    private static void removedAfter(String key, List<Section> older, Set<String> kept, List<SectionChange> changes) {
        int start = 0;
        if (key != null) {
            while (start < older.size() && !older.get(start).key().equals(key)) {
                start++;
            }
            start++;
        }
        for (int i = start; i < older.size() && !kept.contains(older.get(i).key()); i++) {
            Section gone = older.get(i);
            changes.add(new SectionChange(gone.key(), gone.field(), Change.REMOVED,
                    List.of(new TextDiff.Segment(TextDiff.Kind.REMOVED, gone.text()))));
        }
    }
}
