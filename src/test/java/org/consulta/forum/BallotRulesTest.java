package org.consulta.forum;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Limits of each method, and the approval and cumulative counts with their ties. */
class BallotRulesTest {

    @Test
    void approvalUpToAMaximum() {
        BallotRules upToTwo = new BallotRules(BallotMethod.APPROVAL, 4, 2, 0);
        assertNull(upToTwo.problem(new int[] {1, 0, 1, 0}));
        assertEquals("ballot.refused.too_many", upToTwo.problem(new int[] {1, 1, 1, 0}));
        assertEquals("ballot.refused.empty", upToTwo.problem(new int[] {0, 0, 0, 0}));
        assertEquals("ballot.refused.unknown_option", upToTwo.problem(new int[] {1, 0, 2, 0}));
        assertEquals("ballot.refused.unknown_option", upToTwo.problem(new int[] {1, 0, 1}), "a fifth or missing option");
        assertNull(new BallotRules(BallotMethod.APPROVAL, 4, 0, 0).problem(new int[] {1, 1, 1, 1}), "0: no maximum");
    }

    @Test
    void cumulativeWithinTheBudgetAndTheCap() {
        BallotRules tenPointsThreeEach = new BallotRules(BallotMethod.CUMULATIVE, 5, 10, 3);
        assertNull(tenPointsThreeEach.problem(new int[] {3, 3, 3, 1, 0}));
        assertNull(tenPointsThreeEach.problem(new int[] {1, 0, 0, 0, 0}), "not all points need be spent");
        assertEquals("ballot.refused.over_budget", new BallotRules(BallotMethod.CUMULATIVE, 5, 10, 0).problem(new int[] {5, 5, 1, 0, 0}));
        assertEquals("ballot.refused.over_cap", tenPointsThreeEach.problem(new int[] {4, 0, 0, 0, 0}));
        assertEquals("ballot.refused.negative", tenPointsThreeEach.problem(new int[] {3, -1, 3, 0, 0}));
    }

    @Test
    void rankedAllowsPartialRankingsButNoDuplicateOrGap() {
        BallotRules ranked = new BallotRules(BallotMethod.RANKED, 4, 0, 0);
        assertNull(ranked.problem(new int[] {2, 1, 0, 0}));
        assertNull(ranked.problem(new int[] {4, 3, 2, 1}));
        assertEquals("ballot.refused.duplicate_rank", ranked.problem(new int[] {1, 1, 0, 0}));
        assertEquals("ballot.refused.bad_rank", ranked.problem(new int[] {1, 3, 0, 0}), "rank 2 missing");
        assertEquals("ballot.refused.bad_rank", ranked.problem(new int[] {1, 5, 0, 0}));
        assertEquals("ballot.refused.empty", ranked.problem(new int[] {0, 0, 0, 0}));
    }

    @Test
    void scoresCountAndTiesStayTies() {
        ScoreTally approval = new ScoreTally(3);
        approval.add(new int[] {1, 1, 0});
        approval.add(new int[] {1, 0, 1});
        approval.add(new int[] {0, 1, 0});
        assertArrayEquals(new long[] {2, 2, 1}, approval.scores());
        assertEquals(List.of(List.of(0, 1), List.of(2)), approval.standing().groups());

        ScoreTally dots = new ScoreTally(3);
        dots.add(new int[] {5, 0, 5});
        dots.add(new int[] {0, 10, 0});
        assertEquals(List.of(List.of(1), List.of(0, 2)), dots.standing().groups());
        assertEquals(2, dots.standing().placeOf(2));
    }
}
