package org.consulta.forum;

/**
 * Approval and cumulative ballots counted: the approvals or points each option received. Ballots
 * are added one at a time; memory is one counter per option.
 */
public final class ScoreTally {

    private final long[] scores;
    private long ballots;

    public ScoreTally(int options) {
        this.scores = new long[options];
    }

    /** One ballot's marks: 0/1 per option (approval) or points (cumulative); already validated. */
    public void add(int[] marks) {
        for (int i = 0; i < scores.length; i++) {
            scores[i] += marks[i];
        }
        ballots++;
    }

    public long ballots() {
        return ballots;
    }

    public long[] scores() {
        return scores.clone();
    }

    public Standing standing() {
        return Standing.byScore(scores);
    }
}
