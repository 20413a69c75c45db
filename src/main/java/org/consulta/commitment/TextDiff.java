package org.consulta.commitment;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level difference between two texts (java-diff-utils' Myers diff over words and the spaces
 * between them), as segments a page renders with {@code <del>} and {@code <ins>}, escaped.
 */
public final class TextDiff {

    /** A word with the spaces after it: a replaced phrase then reads as one change, not word by word. */
    private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");

    public enum Kind { SAME, REMOVED, ADDED }

    public record Segment(Kind kind, String text) {
        public Kind getKind() { return kind; }
        public String getText() { return text; }
    }

    private TextDiff() {
    }

    public static List<Segment> words(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            add(segments, Kind.SAME, from.subList(at, delta.getSource().getPosition()));
            add(segments, Kind.REMOVED, delta.getSource().getLines());
            add(segments, Kind.ADDED, delta.getTarget().getLines());
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(segments, Kind.SAME, from.subList(at, from.size()));
        return segments;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
            Segment last = segments.remove(segments.size() - 1);
            text = last.text() + text;
        }
        segments.add(new Segment(kind, text));
    }
}
