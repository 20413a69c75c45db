package org.consulta.forum;

/**
 * What makes a filled ballot valid, per method. A ballot is one number per option: 0/1 for
 * approval, points for cumulative, rank (1 best, 0 unranked) for ranked. {@code limit}: the most
 * options approved (0: any), or the points budget; {@code cap}: the most points on one option (0: none).
 */
public record BallotRules(BallotMethod method, int options, int limit, int cap) {

    /** Null when valid; otherwise the key of the translated reason. */
    public String problem(int[] marks) {
        if (marks == null || marks.length != options) {
            return "ballot.refused.unknown_option";
        }
        return switch (method) {
            case APPROVAL -> approval(marks);
            case CUMULATIVE -> cumulative(marks);
            case RANKED -> ranked(marks);
        };
    }

    private String approval(int[] marks) {
        int chosen = 0;
        for (int m : marks) {
            if (m != 0 && m != 1) {
                return "ballot.refused.unknown_option";
            }
            chosen += m;
        }
        if (chosen == 0) {
            return "ballot.refused.empty";
        }
        return limit > 0 && chosen > limit ? "ballot.refused.too_many" : null;
    }

    private String cumulative(int[] marks) {
        long total = 0;
        for (int m : marks) {
            if (m < 0) {
                return "ballot.refused.negative";
            }
            if (cap > 0 && m > cap) {
                return "ballot.refused.over_cap";
            }
            total += m;
        }
        if (total == 0) {
            return "ballot.refused.empty";
        }
        return total > limit ? "ballot.refused.over_budget" : null;
    }

    /** Partial rankings are allowed; a rank is used once and ranks run 1..k without gaps. */
    private String ranked(int[] marks) {
        boolean[] used = new boolean[options + 1];
        int highest = 0;
        for (int m : marks) {
            if (m < 0 || m > options) {
                return "ballot.refused.bad_rank";
            }
            if (m > 0) {
                if (used[m]) {
                    return "ballot.refused.duplicate_rank";
                }
                used[m] = true;
                highest = Math.max(highest, m);
            }
        }
        if (highest == 0) {
            return "ballot.refused.empty";
        }
        for (int r = 1; r <= highest; r++) {
            if (!used[r]) {
                return "ballot.refused.bad_rank";
            }
        }
        return null;
    }
}
