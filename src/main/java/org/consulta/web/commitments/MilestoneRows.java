package org.consulta.web.commitments;

import org.consulta.commitment.MilestoneForm;
import org.consulta.web.frame.Params;

import java.util.Collections;
import java.util.List;

/**
 * The editor's milestone rows changed before saving, with plain buttons (no script needed): a row added,
 * removed or moved. The form posts how many rows it showed ({@value #COUNT}), so that a postback rebuilds
 * as many rows as the person saw and every typed value lands in its own row, also after several changes.
 */
final class MilestoneRows {

    static final String COUNT = "milestoneRows";
    /** Enough for any OGP commitment; a forged count cannot make the server build more. */
    private static final int MAX = 40;

    private MilestoneRows() {
    }

    /** On a postback, as many rows as the page showed: blank ones added, or the last ones dropped. */
    static void match(List<MilestoneForm> rows) {
        Integer shown = Params.integer(COUNT);
        if (shown == null) {
            return;
        }
        int wanted = Math.max(0, Math.min(shown, MAX));
        while (rows.size() < wanted) {
            rows.add(new MilestoneForm());
        }
        while (rows.size() > wanted) {
            rows.remove(rows.size() - 1);
        }
    }

    static void add(List<MilestoneForm> rows) {
        if (rows.size() < MAX) {
            rows.add(new MilestoneForm());
        }
    }

    static void remove(List<MilestoneForm> rows, int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** Swaps the row with the one before ({@code by} −1) or after (+1). */
    static void move(List<MilestoneForm> rows, int index, int by) {
        int other = index + by;
        if (index >= 0 && index < rows.size() && other >= 0 && other < rows.size()) {
            Collections.swap(rows, index, other);
        }
    }
}
