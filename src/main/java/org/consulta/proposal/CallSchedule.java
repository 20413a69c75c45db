package org.consulta.proposal;

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

/** Every minute, announces the calls that opened, repository by repository, one call per transaction. */
@Singleton
@jakarta.ejb.Lock(jakarta.ejb.LockType.READ)
public class CallSchedule {

    private static final Logger LOG = Logger.getLogger(CallSchedule.class.getName());

    @Inject
    private CallNotices notices;
    @Inject
    private RepositoryService repositories;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void announceDue() {
        announceDue(Instant.now());
    }

    /** Public so that a test can run a round at a moment of its choosing, alongside the timer's own. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void announceDue(Instant now) {
        for (Tenant tenant : repositories.allTenants()) {
            for (Long id : notices.due(tenant, now)) {
                try {
                    notices.announce(tenant, id, now);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Opening notice of call " + id + " left for the next round", e);
                }
            }
        }
    }
}
