package org.consulta.forum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * An order of options that keeps ties: groups of option indexes, best first; the options of one
 * group are tied. Never breaks a tie by itself (not by index, not by chance).
 */
public record Standing(List<List<Integer>> groups) {

    /** Orders by score, highest first; equal scores share a group. */
    static Standing byScore(long[] scores) {
        List<Integer> options = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            options.add(i);
        }
        options.sort(Comparator.comparingLong((Integer i) -> scores[i]).reversed().thenComparing(i -> i));
        return grouped(options, (a, b) -> scores[a] == scores[b]);
    }

    /** Consecutive options of an already sorted list share a group while {@code tied} holds. */
    static Standing grouped(List<Integer> sorted, BiPredicate<Integer, Integer> tied) {
        List<List<Integer>> groups = new ArrayList<>();
        for (Integer option : sorted) {
            List<Integer> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && tied.test(last.get(0), option)) {
                last.add(option);
            } else {
                List<Integer> group = new ArrayList<>();
                group.add(option);
                groups.add(group);
            }
        }
        return new Standing(groups.stream().map(List::copyOf).toList());
    }

    /** The options sharing first place (one unless tied). */
    public List<Integer> first() {
        return groups.isEmpty() ? List.of() : groups.get(0);
    }

    /** 1-based place of an option; tied options share it ("1, 1, 3"). */
    public int placeOf(int option) {
        int place = 1;
        for (List<Integer> group : groups) {
            if (group.contains(option)) {
                return place;
            }
            place += group.size();
        }
        throw new IllegalArgumentException("no option " + option);
    }

    public List<List<Integer>> getGroups() { return groups; }
}
