package org.consulta.tracking;

import java.util.Collection;

/**
 * A commitment's completion in the Independent Reporting Mechanism's vocabulary, and how it follows
 * from its milestones' latest statuses (cancelled milestones left out): nothing reported → no evidence
 * available; every milestone completed → complete; at least half completed → substantial; anything
 * started or completed → limited; otherwise not started.
 */
public enum Completion {
    NO_EVIDENCE, NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETE;

    /** {@code statuses}: the latest status of each milestone that has one; {@code milestones}: how many there are. */
    public static Completion derive(Collection<MilestoneStatus> statuses, int milestones) {
        if (statuses.isEmpty()) {
            return NO_EVIDENCE;
        }
        long cancelled = statuses.stream().filter(s -> s == MilestoneStatus.CANCELLED).count();
        long counted = milestones - cancelled;
        long completed = statuses.stream().filter(s -> s == MilestoneStatus.COMPLETED).count();
        long started = statuses.stream().filter(s -> s == MilestoneStatus.IN_PROGRESS).count();
        if (counted <= 0) {
            return NOT_STARTED;
        }
        if (completed == counted) {
            return COMPLETE;
        }
        if (completed * 2 >= counted) {
            return SUBSTANTIAL;
        }
        return completed + started > 0 ? LIMITED : NOT_STARTED;
    }
}
