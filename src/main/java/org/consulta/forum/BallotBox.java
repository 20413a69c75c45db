package org.consulta.forum;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Constituency;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Instant;

/**
 * Writes a voter's ballot in a transaction of its own: inserts the first one, replaces the marks of
 * a later one. Two first ballots racing meet the unique key; the loser retries as a replacement.
 */
@Stateless
@TenantScoped
public class BallotBox {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    @jakarta.inject.Inject
    private Eligibility eligibility;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Tenant tenant, long ballotId, Long voterId, int[] marks, String receiptHash, Instant at) {
        Constituency side = eligibility.check(voterId, ballotId, marks, at);
        BallotVote vote = em.createQuery("SELECT v FROM BallotVote v WHERE v.ballotId = :b AND v.voterId = :v",
                        BallotVote.class).setParameter("b", ballotId).setParameter("v", voterId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE) // concurrent replacements take turns
                .getResultStream().findFirst().orElse(null);
        if (vote == null) {
            vote = new BallotVote(ballotId, voterId);
            vote.fill(marks, side, receiptHash, at);
            em.persist(vote);
        } else {
            vote.fill(marks, side, receiptHash, at);
        }
        em.flush();
    }
}
