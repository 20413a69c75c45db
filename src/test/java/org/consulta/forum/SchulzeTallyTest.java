package org.consulta.forum;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Schulze method against published worked examples (their matrices and orders) and small
 * hand-made cases: ties, partial rankings, cycles.
 */
class SchulzeTallyTest {

    /** "5 ACBED" style: count, then the options in order of preference (letters from A). */
    private static SchulzeTally tally(int options, Object... countsAndOrders) {
        SchulzeTally tally = new SchulzeTally(options);
        for (int i = 0; i < countsAndOrders.length; i += 2) {
            int count = (Integer) countsAndOrders[i];
            String order = (String) countsAndOrders[i + 1];
            int[] ranks = new int[options];
            for (int r = 0; r < order.length(); r++) {
                ranks[order.charAt(r) - 'A'] = r + 1;
            }
            for (int n = 0; n < count; n++) {
                tally.add(ranks);
            }
        }
        return tally;
    }

    @Test
    void theFortyFiveVoterExampleOfSchulzesDescription() {
        // Schulze's own worked example (45 voters, 5 candidates): d, p and the order E > A > C > B > D.
        SchulzeTally tally = tally(5, 5, "ACBED", 5, "ADECB", 8, "BEDAC", 3, "CABED", 7, "CAEBD", 2, "CBADE", 7, "DCEBA", 8, "EBADC");
        long[][] d = tally.pairwise();
        assertArrayEquals(new long[] {0, 20, 26, 30, 22}, d[0]);
        assertArrayEquals(new long[] {25, 0, 16, 33, 18}, d[1]);
        assertArrayEquals(new long[] {19, 29, 0, 17, 24}, d[2]);
        assertArrayEquals(new long[] {15, 12, 28, 0, 14}, d[3]);
        assertArrayEquals(new long[] {23, 27, 21, 31, 0}, d[4]);
        long[][] p = tally.strongestPaths();
        assertArrayEquals(new long[] {0, 28, 28, 30, 24}, p[0]);
        assertArrayEquals(new long[] {25, 0, 28, 33, 24}, p[1]);
        assertArrayEquals(new long[] {25, 29, 0, 29, 24}, p[2]);
        assertArrayEquals(new long[] {25, 28, 28, 0, 24}, p[3]);
        assertArrayEquals(new long[] {25, 28, 28, 31, 0}, p[4]);
        assertEquals(List.of(List.of(4), List.of(0), List.of(2), List.of(1), List.of(3)), tally.standing().groups());
        assertEquals(45, tally.ballots());
    }

    @Test
    void theTennesseeCapitalExampleHasACondorcetWinner() {
        // Memphis A, Nashville B, Chattanooga C, Knoxville D: the textbook Condorcet example.
        SchulzeTally tally = tally(4, 42, "ABCD", 26, "BCDA", 15, "CDBA", 17, "DCBA");
        assertEquals(68, tally.pairwise()[1][2]);
        assertEquals(List.of(List.of(1), List.of(2), List.of(3), List.of(0)), tally.standing().groups(),
                "Nashville > Chattanooga > Knoxville > Memphis");
    }

    @Test
    void aPerfectCycleIsATieForEveryone() {
        SchulzeTally tally = tally(3, 1, "ABC", 1, "BCA", 1, "CAB");
        assertEquals(List.of(List.of(0, 1, 2)), tally.standing().groups());
    }

    @Test
    void equalOpposingBlocsTieAndAreNotBrokenByIndex() {
        SchulzeTally tally = tally(3, 2, "ABC", 2, "BAC");
        assertEquals(List.of(List.of(0, 1), List.of(2)), tally.standing().groups());
        assertEquals(1, tally.standing().placeOf(1));
        assertEquals(3, tally.standing().placeOf(2));
    }

    @Test
    void partialRankingsPutRankedOptionsAboveTheUnranked() {
        SchulzeTally tally = new SchulzeTally(4);
        tally.add(new int[] {0, 1, 0, 0}); // only B
        tally.add(new int[] {2, 1, 0, 0}); // B then A
        tally.add(new int[] {0, 0, 1, 0}); // only C
        long[][] d = tally.pairwise();
        assertEquals(0, d[0][2] - 1, "A over C once (the second ballot)");
        assertEquals(0, d[2][3] - 1, "C over D once; D, never ranked, beats no one");
        assertEquals(List.of(1), tally.standing().first());
        assertEquals(4, tally.standing().placeOf(3));
    }

    @Test
    void aCycleIsResolvedByTheStrengthOfItsDefeats() {
        // A>B 6:3, B>C 7:2... built so that C>A is the weakest defeat: A wins.
        SchulzeTally tally = tally(3, 4, "ABC", 3, "BCA", 2, "CAB");
        long[][] d = tally.pairwise();
        assertEquals(6, d[0][1]);
        assertEquals(7, d[1][2]);
        assertEquals(5, d[2][0]);
        assertEquals(List.of(List.of(0), List.of(1), List.of(2)), tally.standing().groups());
    }
}
