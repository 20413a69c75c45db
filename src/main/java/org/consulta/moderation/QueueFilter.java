package org.consulta.moderation;

import org.consulta.comment.ModerationReason;

/** Which part of the queue a moderator looks at, narrowed and sorted; every field may be null but the tab. */
public record QueueFilter(Tab tab, ModerationReason reason, Long consultationId, Sort sort, int page) {

    public enum Tab { HELD, FLAGGED, HIDDEN }

    public enum Sort { FLAGS, OLDEST, NEWEST }

    // bean-style getters: Jakarta EL 5 does not read record components
    public Tab getTab() { return tab; }
    public ModerationReason getReason() { return reason; }
    public Long getConsultationId() { return consultationId; }
    public Sort getSort() { return sort; }
}
