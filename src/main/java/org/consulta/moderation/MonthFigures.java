package org.consulta.moderation;

import org.consulta.comment.ModerationReason;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

/** One month of a repository's moderation, in counts only: what the transparency page publishes. */
public final class MonthFigures {

    private final YearMonth month;
    private long flagged;
    private final Map<ModerationReason, Long> hidden = new EnumMap<>(ModerationReason.class);
    private long restored;
    private long appealed;
    private long blocked;

    MonthFigures(YearMonth month) {
        this.month = month;
    }

    void add(ModerationAction.Kind kind, ModerationReason reason, long count) {
        switch (kind) {
            case HIDE, AUTO_HIDE -> hidden.merge(reason == null ? ModerationReason.OTHER : reason, count, Long::sum);
            case RESTORE, APPEAL_REVERSED -> restored += count;
            case APPEAL -> appealed += count;
            case BLOCK -> blocked += count;
            default -> { }
        }
    }

    void addFlagged(long count) {
        flagged += count;
    }

    public YearMonth getMonth() { return month; }
    /** Items (contributions and accounts) that received at least one flag that month. */
    public long getFlagged() { return flagged; }
    public Map<ModerationReason, Long> getHidden() { return hidden; }
    public long getHiddenTotal() { return hidden.values().stream().mapToLong(Long::longValue).sum(); }
    public long getRestored() { return restored; }
    public long getAppealed() { return appealed; }
    public long getBlocked() { return blocked; }
}
