package org.consulta.proposal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Proposals' follower rows, inside the caller's tenant-bound transaction. */
@Dependent
class FollowerRows {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    /** On acting: follows unless a row exists (followed already, or stopped on purpose). */
    void followOnActing(long proposalId, Long accountId) {
        if (find(proposalId, accountId).isEmpty()) {
            em.persist(new ProposalFollower(proposalId, accountId));
        }
    }

    /** The active followers' account ids, oldest follow first. */
    List<Long> followers(long proposalId) {
        return em.createQuery("SELECT f.accountId FROM ProposalFollower f WHERE f.proposalId = :p AND f.unfollowedAt IS NULL "
                + "ORDER BY f.id", Long.class).setParameter("p", proposalId).getResultList();
    }

    Optional<ProposalFollower> find(long proposalId, Long accountId) {
        return em.createQuery("SELECT f FROM ProposalFollower f WHERE f.proposalId = :p AND f.accountId = :a", ProposalFollower.class)
                .setParameter("p", proposalId).setParameter("a", accountId).getResultStream().findFirst();
    }
}
