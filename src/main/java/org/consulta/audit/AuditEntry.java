package org.consulta.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.kernel.BaseEntity;

/** One audited action; {@code repositoryId} is null for platform-level actions. Immutable. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

    @Column(name = "repository_id", updatable = false)
    private Long repositoryId;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String target;

    @Column(name = "before_state", updatable = false)
    private String before;

    @Column(name = "after_state", updatable = false)
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(Long repositoryId, Long actorId, String action, String target, String before, String after) {
        this.repositoryId = repositoryId;
        this.actorId = actorId;
        this.action = action;
        this.target = target;
        this.before = clip(before);
        this.after = clip(after);
    }

    private static String clip(String state) {
        return state == null || state.length() <= 8000 ? state : state.substring(0, 7990) + "…";
    }

    public Long getRepositoryId() {
        return repositoryId;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
