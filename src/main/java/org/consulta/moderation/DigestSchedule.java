package org.consulta.moderation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.consulta.kernel.Tenant;
import org.consulta.repository.RepositoryService;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every five minutes, repository by repository, the moderators' digest if one is due. */
@Singleton
@jakarta.ejb.Lock(jakarta.ejb.LockType.READ)
public class DigestSchedule {

    private static final Logger LOG = Logger.getLogger(DigestSchedule.class.getName());

    @Inject
    private ModerationDigest digest;
    @Inject
    private RepositoryService repositories;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDue() {
        Instant now = Instant.now();
        for (Tenant tenant : repositories.allTenants()) {
            try {
                digest.sendIfDue(tenant, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Moderation digest of " + tenant.slug() + " left for the next round", e);
            }
        }
    }
}
