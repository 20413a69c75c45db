package org.consulta.forum;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Constituency;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts a ballot once its results may be shown (after closing, or live if so chosen): one pass over
 * the stored ballots, reading only their marks and side, into the overall count and one per side.
 */
@Stateless
@TenantScoped
public class BallotResults {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private BallotService ballots;

    /** Empty while the results are not public yet. */
    public Optional<BallotResult> results(Tenant tenant, long ballotId, Instant now) {
        Ballot ballot = ballots.ballot(tenant, ballotId);
        if (!ballot.resultsShownAt(now)) {
            return Optional.empty();
        }
        int options = ballot.getOptions().size();
        Tally.Counting all = new Tally.Counting(ballot.getMethod(), options);
        Map<Constituency, Tally.Counting> sides = new EnumMap<>(Constituency.class);
        for (Constituency side : Constituency.values()) {
            sides.put(side, new Tally.Counting(ballot.getMethod(), options));
        }
        em.createQuery("SELECT NEW org.consulta.forum.VoteRow(v.marks, v.constituency) FROM BallotVote v WHERE v.ballotId = :b",
                        VoteRow.class)
                .setParameter("b", ballotId).getResultStream().forEach(row -> {
                    int[] marks = BallotVote.decode(row.marks());
                    all.add(marks);
                    sides.get(row.constituency()).add(marks);
                });
        Map<Constituency, Tally> bySide = new EnumMap<>(Constituency.class);
        sides.forEach((side, counting) -> bySide.put(side, counting.tally()));
        return Optional.of(new BallotResult(ballot, all.tally(), bySide));
    }
}
