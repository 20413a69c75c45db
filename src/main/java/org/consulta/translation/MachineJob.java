package org.consulta.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One item whose texts await the machine: written in the transaction of the change that called for it
 * (see {@code kernel.MachineQueueing}), or by an editor who asked for a draft. Several rows for one item
 * are done together. A failed attempt waits longer each time; a worker that died leaves a row that is
 * taken again after a while.
 */
@Entity
@Table(name = "machine_job")
public class MachineJob {

    @Id
    @SequenceGenerator(name = "machine_job_seq", sequenceName = "machine_job_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "machine_job_seq")
    private Long id;
    @Column(name = "repository_id", nullable = false)
    private Long repositoryId;
    @Column(name = "entity_name", nullable = false, length = 60)
    private String entityName;
    @Column(name = "entity_id", nullable = false)
    private Long entityId;
    /** The editor who asked, for a text not yet public; null when queued by a public change. */
    @Column(name = "requested_by")
    private Long requestedBy;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "running_since")
    private Instant runningSince;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MachineJob() {
    }

    MachineJob(long repositoryId, String entityName, long entityId, Long requestedBy, Instant now) {
        this.repositoryId = repositoryId;
        this.entityName = entityName;
        this.entityId = entityId;
        this.requestedBy = requestedBy;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** The service failed: back off, doubling up to ten minutes, so a long outage costs little and loses nothing. */
    void failed(Instant now) {
        attempts++;
        runningSince = null;
        nextAttemptAt = now.plusSeconds(Math.min(600, 2L << Math.min(attempts, 9)));
    }

    public Long getId() { return id; }
    public Long getRepositoryId() { return repositoryId; }
    public String getEntityName() { return entityName; }
    public Long getEntityId() { return entityId; }
    public Long getRequestedBy() { return requestedBy; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getCreatedAt() { return createdAt; }
}
