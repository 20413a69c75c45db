package org.consulta.tracking;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.consulta.tracking.MilestoneStatus.CANCELLED;
import static org.consulta.tracking.MilestoneStatus.COMPLETED;
import static org.consulta.tracking.MilestoneStatus.IN_PROGRESS;
import static org.consulta.tracking.MilestoneStatus.NOT_STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The completion level that follows from a commitment's milestones. */
class CompletionTest {

    @Test
    void followsFromTheMilestonesLatestStatuses() {
        assertEquals(Completion.NO_EVIDENCE, Completion.derive(List.of(), 3), "nothing reported");
        assertEquals(Completion.NOT_STARTED, Completion.derive(List.of(NOT_STARTED), 3));
        assertEquals(Completion.LIMITED, Completion.derive(List.of(IN_PROGRESS), 3));
        assertEquals(Completion.LIMITED, Completion.derive(List.of(COMPLETED, NOT_STARTED), 3), "one of three done");
        assertEquals(Completion.SUBSTANTIAL, Completion.derive(List.of(COMPLETED, COMPLETED), 3), "two of three");
        assertEquals(Completion.SUBSTANTIAL, Completion.derive(List.of(COMPLETED, IN_PROGRESS), 2), "half");
        assertEquals(Completion.COMPLETE, Completion.derive(List.of(COMPLETED, COMPLETED, COMPLETED), 3));
    }

    @Test
    void cancelledMilestonesAreLeftOut() {
        assertEquals(Completion.COMPLETE, Completion.derive(List.of(COMPLETED, COMPLETED, CANCELLED), 3));
        assertEquals(Completion.NOT_STARTED, Completion.derive(List.of(CANCELLED, CANCELLED), 2), "nothing left to do");
    }
}
