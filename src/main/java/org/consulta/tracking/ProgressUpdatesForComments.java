package org.consulta.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.comment.ProgressUpdates;
import org.consulta.comment.TrackedCommitment;
import org.consulta.commitment.CommitmentStage;

import java.util.Optional;

/** Tells the comment feature what it needs of a progress update, in the caller's repository and transaction. */
@ApplicationScoped
public class ProgressUpdatesForComments implements ProgressUpdates {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    @Override
    public Optional<TrackedCommitment> trackedCommitment(long updateId) {
        return em.createQuery("SELECT NEW org.consulta.comment.TrackedCommitment(m.id, m.versionCount) "
                        + "FROM ProgressUpdate u, Commitment m WHERE u.id = :u AND m.id = u.commitmentId AND m.stage = :adopted "
                        + "AND m.currentVersion IS NOT NULL", TrackedCommitment.class)
                .setParameter("u", updateId).setParameter("adopted", CommitmentStage.FINAL).getResultStream().findFirst();
    }

    @Override
    public long reporterOf(long updateId) {
        return em.createQuery("SELECT u.authorId FROM ProgressUpdate u WHERE u.id = :id", Long.class)
                .setParameter("id", updateId).getSingleResult();
    }
}
