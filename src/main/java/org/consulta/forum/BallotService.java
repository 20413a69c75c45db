package org.consulta.forum;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Voting — one ballot per voter whatever arrives together, the last one counting (see {@link
 * BallotBox} and {@link Eligibility}) — and checking a receipt.
 */
@Stateless
@TenantScoped
public class BallotService {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private BallotBox box;

    /**
     * Returns the receipt code, shown once to the voter; a new ballot replaces the previous one and its
     * code. Copies of one submitted form ({@code submission}, its token) share one code. A ballot that
     * another of the voter's ballots replaced in the same instant is refused rather than announced as
     * counted with a code that would not verify.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String castBallot(Tenant tenant, Long voterId, long ballotId, int[] marks, String submission) {
        String receipt = submission == null ? Receipts.newCode() : Receipts.forSubmission(submission, voterId, ballotId);
        try {
            box.record(tenant, ballotId, voterId, marks, Receipts.hash(receipt), Instant.now());
        } catch (EJBException raced) {
            box.record(tenant, ballotId, voterId, marks, Receipts.hash(receipt), Instant.now());
        }
        if (verifyReceipt(tenant, ballotId, receipt).isEmpty()) {
            throw new RefusedException("ballot.refused.superseded");
        }
        return receipt;
    }

    /** When the ballot holding this receipt was cast; empty if the code is unknown or was replaced by a newer ballot. */
    public Optional<Instant> verifyReceipt(Tenant tenant, long ballotId, String receipt) {
        return em.createQuery("SELECT v.castAt FROM BallotVote v WHERE v.ballotId = :b AND v.receiptHash = :h", Instant.class)
                .setParameter("b", ballotId).setParameter("h", Receipts.hash(receipt)).getResultStream().findFirst();
    }

    /** The voter's current marks, to show their ballot back to them; empty if they have not voted. */
    public Optional<int[]> ownMarks(Tenant tenant, Long voterId, long ballotId) {
        if (voterId == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT v FROM BallotVote v WHERE v.ballotId = :b AND v.voterId = :v", BallotVote.class)
                .setParameter("b", ballotId).setParameter("v", voterId).getResultStream().findFirst().map(BallotVote::getMarks);
    }

    public Ballot ballot(Tenant tenant, long ballotId) {
        Ballot ballot = em.createQuery("SELECT b FROM Ballot b WHERE b.id = :id", Ballot.class).setParameter("id", ballotId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("ballot " + ballotId));
        ballot.getOptions().size();
        return ballot;
    }

    /** Every ballot of the repository, newest first. */
    public List<Ballot> ballots(Tenant tenant) {
        return em.createQuery("SELECT b FROM Ballot b ORDER BY b.opensAt DESC", Ballot.class).setMaxResults(100).getResultList();
    }
}
