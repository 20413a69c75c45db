package org.consulta.moderation;

import org.consulta.comment.ModerationReason;

/**
 * Which part of the queue a moderator looks at, narrowed and sorted; every field may be null but the tab.
 * {@code progress}: only contributions on progress updates (then {@code consultationId} is ignored).
 */
public record QueueFilter(Tab tab, ModerationReason reason, Long consultationId, Sort sort, int page, boolean progress) {

    public QueueFilter(Tab tab, ModerationReason reason, Long consultationId, Sort sort, int page) {
        this(tab, reason, consultationId, sort, page, false);
    }

    /** The {@code consultation} parameter's value that asks for contributions on progress updates. */
    public static final String PROGRESS = "progress";

    public enum Tab { HELD, FLAGGED, HIDDEN }

    public enum Sort { FLAGS, OLDEST, NEWEST }

    // bean-style getters: Jakarta EL 5 does not read record components
    public Tab getTab() { return tab; }
    public ModerationReason getReason() { return reason; }
    public Long getConsultationId() { return consultationId; }
    public Sort getSort() { return sort; }
    public boolean isProgress() { return progress; }
    /** The {@code consultation} parameter that gives this filter back: a consultation's id, {@value #PROGRESS} or empty. */
    public String getDiscussion() { return progress ? PROGRESS : consultationId == null ? "" : consultationId.toString(); }
}
