package org.consulta.consultation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.commitment.VersionPublished;
import org.consulta.repository.Repository;

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

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private FollowerNotices notices;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDue() {
        sendDue(Instant.now());
    }

    /** Public so that a test can run a round at a moment of its choosing, alongside the timer's own. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDue(Instant now) {
        for (Repository repository : em.createQuery("SELECT r FROM Repository r", Repository.class).getResultList()) {
            for (Long id : notices.due(repository.tenant(), now)) {
                try {
                    notices.announce(repository.tenant(), id, now);
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
