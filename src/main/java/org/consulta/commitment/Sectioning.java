package org.consulta.commitment;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Splits a template field into paragraph sections and, after an edit, decides which new paragraph
 * is which old section. Unchanged paragraphs keep their key (Myers diff over paragraphs); an edited
 * paragraph keeps it when it still shares at least half of its words with the old one; a paragraph
 * moved elsewhere keeps it too, with the same text or (failing that) half of its words. Anything
 * else is a new section.
 */
public final class Sectioning {

    static final double SAME_SECTION = 0.5;

    private Sectioning() {
    }

    /** Paragraphs are separated by blank lines; whitespace inside is normalised. */
    public static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(p -> p.trim().replaceAll("\\s+", " ")).filter(p -> !p.isEmpty()).toList();
    }

    /** The sections of {@code field} after its text became {@code text}, given the sections it had. */
    public static List<Section> resection(List<Section> before, String field, String text, Supplier<String> newKey) {
        List<Section> old = before.stream().filter(s -> s.field().equals(field)).toList();
        List<String> oldTexts = old.stream().map(Section::text).toList();
        List<String> newTexts = paragraphs(text);
        String[] keys = new String[newTexts.size()];
        boolean[] oldUsed = new boolean[old.size()];
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldTexts, newTexts).getDeltas()) {
            for (; newAt < delta.getTarget().getPosition(); oldAt++, newAt++) {
                keys[newAt] = old.get(oldAt).key();
                oldUsed[oldAt] = true;
            }
            pairBySimilarity(old, delta.getSource().getPosition(), delta.getSource().size(), newTexts,
                    delta.getTarget().getPosition(), delta.getTarget().size(), keys, oldUsed);
            oldAt = delta.getSource().getPosition() + delta.getSource().size();
            newAt = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        for (; newAt < newTexts.size(); oldAt++, newAt++) {
            keys[newAt] = old.get(oldAt).key();
            oldUsed[oldAt] = true;
        }
        keepMovedParagraphs(old, oldUsed, newTexts, keys);
        // edited and moved at once: the diff saw a deletion and an insertion, similarity still pairs them
        pairBySimilarity(old, 0, old.size(), newTexts, 0, newTexts.size(), keys, oldUsed);
        List<Section> result = new ArrayList<>();
        for (int i = 0; i < newTexts.size(); i++) {
            result.add(new Section(keys[i] != null ? keys[i] : newKey.get(), field, i, newTexts.get(i)));
        }
        return result;
    }

    private static void pairBySimilarity(List<Section> old, int oldFrom, int oldCount, List<String> newTexts,
                                         int newFrom, int newCount, String[] keys, boolean[] oldUsed) {
        for (int n = newFrom; n < newFrom + newCount; n++) {
            if (keys[n] != null) {
                continue;
            }
            int best = -1;
            double bestScore = SAME_SECTION;
            for (int o = oldFrom; o < oldFrom + oldCount; o++) {
                double score = similarity(old.get(o).text(), newTexts.get(n));
                if (!oldUsed[o] && score >= bestScore) {
                    best = o;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                keys[n] = old.get(best).key();
                oldUsed[best] = true;
            }
        }
    }

    private static void keepMovedParagraphs(List<Section> old, boolean[] oldUsed, List<String> newTexts, String[] keys) {
        for (int n = 0; n < newTexts.size(); n++) {
            for (int o = 0; keys[n] == null && o < old.size(); o++) {
                if (!oldUsed[o] && old.get(o).text().equals(newTexts.get(n))) {
                    keys[n] = old.get(o).key();
                    oldUsed[o] = true;
                }
            }
        }
    }

    /** Jaccard similarity of the two paragraphs' sets of lower-cased words. */
    static double similarity(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() && right.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(left);
        union.addAll(right);
        left.retainAll(right);
        return (double) left.size() / union.size();
    }

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    }
}
