package org.consulta.translation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.consulta.kernel.MachineQueueing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every two seconds, translates the queued items that are due, one at a time: take the rows, translate
 * outside any transaction, keep the result. The service down: the rows wait with back-off, the round
 * stops, and readers see the original meanwhile. Each instance of a cluster runs one; taking rows is
 * atomic, so an item is translated once.
 */
@Singleton
public class MachineWorker {

    private static final Logger LOG = Logger.getLogger(MachineWorker.class.getName());
    private static final int BATCH = 20;
    private static final int ROUNDS = 10;

    @Inject
    private MachineJobs jobs;
    @Inject
    private ApertiumTranslator engine;
    /** When the service's absence was last logged: once a minute is enough to be seen, not to flood the log. */
    private java.time.Instant warnedAt = java.time.Instant.EPOCH;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void translateDue() {
        if (!engine.isAvailable()) {
            return;
        }
        for (int round = 0; round < ROUNDS; round++) {
            List<MachineJobs.Due> due = jobs.due(BATCH);
            for (MachineJobs.Due job : due) {
                if (!translate(job)) {
                    return;
                }
            }
            if (due.size() < BATCH) {
                return;
            }
        }
    }

    /** False when the service is down: the rest waits for a later round. */
    private boolean translate(MachineJobs.Due job) {
        MachineWork work = jobs.claim(job);
        if (work == null) {
            return true;
        }
        try {
            List<MachineWork.Done> done = new ArrayList<>();
            for (MachineWork.Piece piece : work.pieces()) {
                engine.translate(piece.source(), piece.from(), piece.to()).ifPresent(t -> done.add(new MachineWork.Done(piece, t)));
            }
            MachineQueueing.byMachine(() -> jobs.finish(work, done));
            return true;
        } catch (MachineUnavailableException e) {
            if (java.time.Instant.now().isAfter(warnedAt.plusSeconds(60))) {
                warnedAt = java.time.Instant.now();
                LOG.warning("Machine translation unavailable; the queue waits and tries again: " + e.getMessage());
            }
            jobs.failed(work);
            return false;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Machine translation of " + work.entityName() + " " + work.entityId() + " failed", e);
            jobs.failed(work);
            return true;
        }
    }
}
