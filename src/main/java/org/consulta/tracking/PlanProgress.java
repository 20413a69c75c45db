package org.consulta.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A plan's dashboard: commitments per completion level, milestones overdue, the last update. */
public record PlanProgress(Map<Completion, Long> levels, List<Overdue> overdue, Instant lastUpdate, long commitments) {

    /** A milestone past its end date, neither completed nor cancelled. */
    public record Overdue(String reference, String milestoneKey, LocalDate end, MilestoneStatus status) {
        public String getReference() { return reference; }
        public String getMilestoneKey() { return milestoneKey; }
        public LocalDate getEnd() { return end; }
        public MilestoneStatus getStatus() { return status; }
    }

    public Map<Completion, Long> getLevels() { return levels; }
    public List<Overdue> getOverdue() { return overdue; }
    public Instant getLastUpdate() { return lastUpdate; }
    public long getCommitments() { return commitments; }
    /** A bar's width for a level, in percent of the commitments. */
    public long bar(Completion level) {
        return commitments == 0 ? 0 : Math.round(100.0 * levels.getOrDefault(level, 0L) / commitments);
    }
}
