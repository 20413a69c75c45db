package org.consulta.forum;

import org.consulta.account.Constituency;

import java.util.List;
import java.util.Map;

/**
 * A ballot's results: for all voters and side by side per constituency (they add up to the total),
 * and where government and civil society agree on first place.
 */
public record BallotResult(Ballot ballot, Tally overall, Map<Constituency, Tally> bySide) {

    /** The two sides' first places, when both voted: equal lists mean they agree. */
    public List<Integer> governmentFirst() {
        return first(Constituency.GOVERNMENT);
    }

    public List<Integer> civilSocietyFirst() {
        return first(Constituency.CIVIL_SOCIETY);
    }

    /** Options both sides put first (ties included); empty when they disagree or one side did not vote. */
    public List<Integer> sharedFirst() {
        return governmentFirst().stream().filter(civilSocietyFirst()::contains).toList();
    }

    /** Both sides voted and share a first place. */
    public boolean isSidesAgree() {
        return !sharedFirst().isEmpty();
    }

    /** Whether a side's first place is shared by several options (said in the sentence). */
    public boolean isFirstTied() {
        return governmentFirst().size() > 1 || civilSocietyFirst().size() > 1;
    }

    /** Both sides voted. */
    public boolean isBothSidesVoted() {
        return !governmentFirst().isEmpty() && !civilSocietyFirst().isEmpty();
    }

    private List<Integer> first(Constituency side) {
        Tally tally = bySide.get(side);
        return tally == null || tally.ballots() == 0 ? List.of() : tally.standing().first();
    }

    public Ballot getBallot() { return ballot; }
    public Tally getOverall() { return overall; }
    public Map<Constituency, Tally> getBySide() { return bySide; }
}
