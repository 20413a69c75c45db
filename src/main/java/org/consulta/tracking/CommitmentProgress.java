package org.consulta.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A commitment's progress as its page shows it: the completion level (and whether it was set by hand,
 * with the reason), what the milestones alone give, each milestone's latest status, and the whole
 * history newest first with authors' public names.
 */
public record CommitmentProgress(Completion completion, Completion derived, ProgressUpdate override,
                                 Map<String, MilestoneStatus> milestones, List<ProgressUpdate> history,
                                 Map<Long, String> authors, Instant lastUpdate, boolean reporter,
                                 Map<Long, Long> comments) {

    public Completion getCompletion() { return completion; }
    public Completion getDerived() { return derived; }
    /** The hand-set level in force, or null. */
    public ProgressUpdate getOverride() { return override; }
    public Map<String, MilestoneStatus> getMilestones() { return milestones; }
    public List<ProgressUpdate> getHistory() { return history; }
    public Map<Long, String> getAuthors() { return authors; }
    public Instant getLastUpdate() { return lastUpdate; }
    /** Whether the reader may post updates here. */
    public boolean isReporter() { return reporter; }
    /** Public contributions on each update, by update id (absent: none). */
    public Map<Long, Long> getComments() { return comments; }
}
