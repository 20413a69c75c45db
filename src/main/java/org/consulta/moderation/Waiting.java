package org.consulta.moderation;

import java.time.Instant;

/** What waits for a moderator: held and flagged contributions, open appeals, and since when. */
public record Waiting(long held, long flagged, long appeals, Instant oldest) {

    public long getTotal() { return held + flagged + appeals; }
    public long getHeld() { return held; }
    public long getFlagged() { return flagged; }
    public long getAppeals() { return appeals; }
    /** Null when nothing waits. */
    public Instant getOldest() { return oldest; }
}
