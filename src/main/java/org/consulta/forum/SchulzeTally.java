package org.consulta.forum;

import java.util.ArrayList;
import java.util.List;

/**
 * Ranked ballots counted by the Schulze method. A ballot gives each option a rank (1 best) or 0 for
 * unranked; ranked options are preferred to unranked ones, unranked ones are tied with each other.
 * Memory is the n×n matrices whatever the number of ballots: ballots are added one at a time.
 */
public final class SchulzeTally {

    private final int options;
    /** d[x][y]: ballots preferring x to y. */
    private final long[][] pairwise;
    private long ballots;

    public SchulzeTally(int options) {
        this.options = options;
        this.pairwise = new long[options][options];
    }

    /** {@code ranks[i]}: the rank of option i, 1 best, 0 unranked; already validated. */
    public void add(int[] ranks) {
        for (int x = 0; x < options; x++) {
            int rx = ranks[x] == 0 ? Integer.MAX_VALUE : ranks[x];
            long[] row = pairwise[x];
            for (int y = 0; y < options; y++) {
                int ry = ranks[y] == 0 ? Integer.MAX_VALUE : ranks[y];
                if (rx < ry) {
                    row[y]++;
                }
            }
        }
        ballots++;
    }

    public long ballots() {
        return ballots;
    }

    /** The matrix of pairwise preferences, a copy. */
    public long[][] pairwise() {
        long[][] copy = new long[options][];
        for (int x = 0; x < options; x++) {
            copy[x] = pairwise[x].clone();
        }
        return copy;
    }

    /** p[x][y]: the strength of the strongest path from x to y (widest path over the defeats). */
    public long[][] strongestPaths() {
        long[][] p = new long[options][options];
        for (int x = 0; x < options; x++) {
            for (int y = 0; y < options; y++) {
                if (x != y && pairwise[x][y] > pairwise[y][x]) {
                    p[x][y] = pairwise[x][y];
                }
            }
        }
        for (int k = 0; k < options; k++) {
            for (int x = 0; x < options; x++) {
                if (x == k) {
                    continue;
                }
                for (int y = 0; y < options; y++) {
                    if (y != x && y != k) {
                        p[x][y] = Math.max(p[x][y], Math.min(p[x][k], p[k][y]));
                    }
                }
            }
        }
        return p;
    }

    /**
     * The Schulze order: x is above y when p[x][y] > p[y][x]. The relation is transitive, so options
     * sort by how many they beat; options neither above nor below each other are tied.
     */
    public Standing standing() {
        long[][] p = strongestPaths();
        int[] beats = new int[options];
        for (int x = 0; x < options; x++) {
            for (int y = 0; y < options; y++) {
                if (x != y && p[x][y] > p[y][x]) {
                    beats[x]++;
                }
            }
        }
        List<Integer> sorted = new ArrayList<>();
        for (int i = 0; i < options; i++) {
            sorted.add(i);
        }
        sorted.sort((a, b) -> beats[a] != beats[b] ? Integer.compare(beats[b], beats[a]) : Integer.compare(a, b));
        return Standing.grouped(sorted, (a, b) -> p[a][b] == p[b][a]);
    }
}
