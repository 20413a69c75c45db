package org.consulta.moderation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.repository.Repository;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every five minutes, repository by repository, the moderators' digest if one is due. */
@Singleton
@jakarta.ejb.Lock(jakarta.ejb.LockType.READ)
public class DigestSchedule {

    private static final Logger LOG = Logger.getLogger(DigestSchedule.class.getName());

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private ModerationDigest digest;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDue() {
        Instant now = Instant.now();
        for (Repository repository : em.createQuery("SELECT r FROM Repository r", Repository.class).getResultList()) {
            try {
                digest.sendIfDue(repository.tenant(), now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Moderation digest of " + repository.getSlug() + " left for the next round", e);
            }
        }
    }
}
