package org.consulta.bench;

import org.consulta.forum.SchulzeTally;
import org.consulta.forum.Standing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.util.Random;

/**
 * Tallies N random ranked ballots (partial rankings, seeded) over K options with the Schulze method
 * and prints the time and the heap peak. Ballots are streamed into the tally as a database cursor
 * would deliver them. Run by hand, with a small heap to show the bound:
 * java -Xmx64m -cp target/classes:target/test-classes org.consulta.bench.SchulzeBench 100000 20
 */
public final class SchulzeBench {

    private SchulzeBench() {
    }

    public static void main(String[] args) {
        int ballots = Integer.parseInt(args[0]);
        int options = Integer.parseInt(args[1]);
        for (int round = 1; round <= 3; round++) { // the first rounds warm the JIT up
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            Standing standing = tally(ballots, options, new Random(42));
            double millis = (System.nanoTime() - start) / 1e6;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("round %d: %d ballots × %d options: %.0f ms, heap peak %.1f MB, winner(s) %s%n",
                    round, ballots, options, millis, peak / 1048576.0, standing.first());
        }
    }

    private static Standing tally(int ballots, int options, Random random) {
        SchulzeTally tally = new SchulzeTally(options);
        int[] ranks = new int[options];
        int[] order = new int[options];
        for (int b = 0; b < ballots; b++) {
            for (int i = 0; i < options; i++) {
                order[i] = i;
                ranks[i] = 0;
            }
            int ranked = 1 + random.nextInt(options);
            for (int r = 0; r < ranked; r++) { // a partial Fisher–Yates shuffle: the first `ranked` get ranks
                int pick = r + random.nextInt(options - r);
                int option = order[pick];
                order[pick] = order[r];
                order[r] = option;
                ranks[option] = r + 1;
            }
            tally.add(ranks);
        }
        return tally.standing();
    }
}
