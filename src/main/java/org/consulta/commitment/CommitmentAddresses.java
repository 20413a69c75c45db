package org.consulta.commitment;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * For features above this one (moderation's queue and mails): where commitments are, by id, in one
 * statement. Runs in the caller's tenant-bound transaction, so only the repository's own are found.
 */
@Dependent
public class CommitmentAddresses {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    public Map<Long, CommitmentAddress> of(Collection<Long> commitmentIds) {
        if (commitmentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT NEW org.consulta.commitment.CommitmentAddress(m.id, p.slug, m.reference) "
                        + "FROM Commitment m JOIN m.plan p WHERE m.id IN :ids", CommitmentAddress.class)
                .setParameter("ids", List.copyOf(commitmentIds)).getResultStream()
                .collect(Collectors.toMap(CommitmentAddress::id, Function.identity()));
    }

    public CommitmentAddress of(long commitmentId) {
        return of(List.of(commitmentId)).get(commitmentId);
    }
}
