package org.consulta.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** When a repository's moderators were last mailed what waits: at most one digest an hour. */
@Entity
@Table(name = "moderation_digest")
public class DigestTurn {

    @Id
    @Column(name = "repository_id")
    private Long repositoryId;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected DigestTurn() {
    }

    DigestTurn(Long repositoryId) {
        this.repositoryId = repositoryId;
    }

    /**
     * Whether the moderators are due a digest: an hour after the last one if something arrived since
     * ({@code newestWaiting}), or a day after it as a reminder of what still waits. If so, marks this one
     * as sent at {@code now}.
     */
    boolean take(Instant now, Instant newestWaiting) {
        if (sentAt != null) {
            boolean fresh = newestWaiting != null && newestWaiting.isAfter(sentAt);
            if (now.isBefore(sentAt.plus(Duration.ofHours(fresh ? 1 : 24)))) {
                return false;
            }
        }
        sentAt = now;
        return true;
    }
}
