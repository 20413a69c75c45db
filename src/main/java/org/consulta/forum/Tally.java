package org.consulta.forum;

/**
 * One count of a ballot (all voters, or one constituency): how many ballots, the standing, the
 * scores (approval, cumulative) or the pairwise matrix (ranked).
 */
public record Tally(long ballots, Standing standing, long[] scores, long[][] pairwise) {

    /** Ballots fed one at a time (memory: the counters, never the ballots), then the count. */
    static final class Counting {
        private final SchulzeTally ranked;
        private final ScoreTally scored;

        Counting(BallotMethod method, int options) {
            ranked = method == BallotMethod.RANKED ? new SchulzeTally(options) : null;
            scored = method == BallotMethod.RANKED ? null : new ScoreTally(options);
        }

        void add(int[] marks) {
            if (ranked != null) {
                ranked.add(marks);
            } else {
                scored.add(marks);
            }
        }

        Tally tally() {
            return ranked != null ? new Tally(ranked.ballots(), ranked.standing(), null, ranked.pairwise())
                    : new Tally(scored.ballots(), scored.standing(), scored.scores(), null);
        }
    }

    public long getBallots() { return ballots; }
    public Standing getStanding() { return standing; }
    public long[] getScores() { return scores; }
    public long[][] getPairwise() { return pairwise; }
    /** Ranked: how many other options this one beats head to head (the chart's measure); else its score. */
    public long measure(int option) {
        if (pairwise == null) {
            return scores[option];
        }
        long wins = 0;
        for (int y = 0; y < pairwise.length; y++) {
            if (y != option && pairwise[option][y] > pairwise[y][option]) {
                wins++;
            }
        }
        return wins;
    }

    /** The chart's bar for an option, in percent of the largest measure. */
    public long bar(int option) {
        long max = 0;
        for (int i = 0; i < (pairwise == null ? scores.length : pairwise.length); i++) {
            max = Math.max(max, measure(i));
        }
        return max == 0 ? 0 : Math.round(100.0 * measure(option) / max);
    }

    /** 1-based place of an option in this count. */
    public int placeOf(int option) { return standing.placeOf(option); }
}
