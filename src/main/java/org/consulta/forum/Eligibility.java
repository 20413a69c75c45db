package org.consulta.forum;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Constituency;
import org.consulta.account.RepositoryRole;
import org.consulta.account.RoleGrant;
import org.consulta.account.RoleHolders;
import org.consulta.account.Standing;
import org.consulta.kernel.RefusedException;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a ballot is accepted, in the caller's tenant-bound transaction: who (the electorate,
 * confirmed and not blocked), when (the window, on the server's clock), what (the method's rules).
 */
@Dependent
class Eligibility {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Standing standing;
    @Inject
    private RoleHolders holders;

    /** Returns the side the vote counts for: the member's constituency, or "other". */
    Constituency check(Long voterId, long ballotId, int[] marks, Instant now) {
        standing.requireParticipant(voterId, RefusedException::new);
        Ballot ballot = em.createQuery("SELECT b FROM Ballot b WHERE b.id = :id", Ballot.class).setParameter("id", ballotId)
                .getResultStream().findFirst().orElseThrow(() -> new RefusedException("ballot.refused.not_found"));
        if (!ballot.isOpenAt(now)) {
            throw new RefusedException(ballot.isClosedAt(now) ? "ballot.refused.closed" : "ballot.refused.not_open");
        }
        Optional<RoleGrant> membership = holders.grant(voterId, RepositoryRole.FORUM_MEMBER);
        if (ballot.getElectorate() == Electorate.FORUM && membership.isEmpty()) {
            throw new RefusedException("ballot.refused.not_eligible");
        }
        String problem = ballot.rules().problem(marks);
        if (problem != null) {
            throw new RefusedException(problem, "marks");
        }
        return membership.map(RoleGrant::getConstituency).filter(Objects::nonNull).orElse(Constituency.OTHER);
    }
}
