package org.consulta.audit;

/** An audit entry as a reader sees it: with the name of who acted (empty for a deleted account). */
public class AuditLine {

    private final AuditEntry entry;
    private final String actorName;

    public AuditLine(AuditEntry entry, String actorName) {
        this.entry = entry;
        this.actorName = actorName;
    }

    public AuditEntry getEntry() {
        return entry;
    }

    /** Null when the platform itself acted; empty when the account was deleted. */
    public String getActorName() {
        return actorName;
    }
}
