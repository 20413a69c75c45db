package org.consulta.tracking;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads of the progress tables shared by the service and the pages, in the caller's tenant-bound transaction. */
@Dependent
class ProgressRecords {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    boolean isReporter(Long commitmentId, Long accountId) {
        return em.createQuery("SELECT COUNT(r) FROM Reporter r WHERE r.commitmentId = :c AND r.accountId = :a", Long.class)
                .setParameter("c", commitmentId).setParameter("a", accountId).getSingleResult() > 0;
    }

    /** A milestone's latest reported status; not started when nothing was reported. */
    MilestoneStatus latestStatus(Long commitmentId, String milestoneKey) {
        return em.createQuery("SELECT u.status FROM ProgressUpdate u WHERE u.commitmentId = :c AND u.milestoneKey = :m "
                        + "ORDER BY u.id DESC", MilestoneStatus.class).setParameter("c", commitmentId).setParameter("m", milestoneKey)
                .setMaxResults(1).getResultStream().findFirst().orElse(MilestoneStatus.NOT_STARTED);
    }

    /** Every update of some commitments, oldest first (history is never long: a few per milestone and year). */
    List<ProgressUpdate> updates(List<Long> commitmentIds) {
        if (commitmentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT u FROM ProgressUpdate u WHERE u.commitmentId IN :c ORDER BY u.id", ProgressUpdate.class)
                .setParameter("c", commitmentIds).getResultList();
    }

    /** Latest status per milestone key, from updates oldest first. */
    static Map<String, MilestoneStatus> latest(List<ProgressUpdate> updates) {
        Map<String, MilestoneStatus> latest = new HashMap<>();
        updates.stream().filter(u -> !u.isOverride()).forEach(u -> latest.put(u.getMilestoneKey(), u.getStatus()));
        return latest;
    }

    /** The level shown: the latest hand-set level if no milestone update came after it; else derived. */
    static Completion completion(List<ProgressUpdate> updates, int milestones) {
        ProgressUpdate last = updates.isEmpty() ? null : updates.get(updates.size() - 1);
        return last != null && last.isOverride() ? last.getCompletion() : Completion.derive(latest(updates).values(), milestones);
    }
}
