package org.consulta.consultation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.consulta.commitment.VersionPublished;
import org.consulta.kernel.Tenant;
import org.consulta.repository.RepositoryService;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, queues the consultation notices that fell due, repository by repository, one
 * consultation per transaction; and relays a published version to its followers' mails.
 */
@Singleton
@jakarta.ejb.Lock(jakarta.ejb.LockType.READ)
public class NoticeSchedule {

    private static final Logger LOG = Logger.getLogger(NoticeSchedule.class.getName());

    @Inject
    private FollowerNotices notices;
    @Inject
    private RepositoryService repositories;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDue() {
        sendDue(Instant.now());
    }

    /** Public so that a test can run a round at a moment of its choosing, alongside the timer's own. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDue(Instant now) {
        for (Tenant tenant : repositories.allTenants()) {
            for (Long id : notices.due(tenant, now)) {
                try {
                    notices.announce(tenant, id, now);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Notice of consultation " + id + " left for the next round", e);
                }
            }
        }
    }

    /** Same transaction as the publication (synchronous observer). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void versionPublished(@Observes VersionPublished event) {
        notices.versionPublished(event.tenant(), event.commitmentId(), event.number(), event.publisherId());
    }
}
