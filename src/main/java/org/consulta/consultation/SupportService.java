package org.consulta.consultation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.consulta.account.Standing;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentReader;
import org.consulta.kernel.IdCount;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Citizens' supports of draft commitments: given and withdrawn while a consultation on the commitment
 * is open, one per person (the database's unique key settles a double click), counted per plan.
 */
@Stateless
@TenantScoped
public class SupportService {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Standing standing;
    @Inject
    private CommitmentReader commitments;
    @Inject
    private ConsultationService consultations;

    public void supportCommitment(Tenant tenant, Long accountId, String planSlug, String reference) {
        Commitment commitment = open(tenant, accountId, planSlug, reference);
        if (find(commitment.getId(), accountId) != null) {
            throw new RefusedException("support.refused.already");
        }
        try {
            em.persist(new Support(commitment.getId(), accountId));
            em.flush();
        } catch (PersistenceException raced) {
            throw new RefusedException("support.refused.already");
        }
    }

    public void withdrawSupport(Tenant tenant, Long accountId, String planSlug, String reference) {
        Commitment commitment = open(tenant, accountId, planSlug, reference);
        Support support = find(commitment.getId(), accountId);
        if (support == null) {
            throw new RefusedException("support.refused.none");
        }
        em.remove(support);
    }

    public boolean supports(Tenant tenant, Long accountId, long commitmentId) {
        return accountId != null && find(commitmentId, accountId) != null;
    }

    /** Supports per commitment of a plan, in one grouped statement. */
    public Map<Long, Long> counts(Tenant tenant, long planId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT NEW org.consulta.kernel.IdCount(s.commitmentId, COUNT(s)) FROM Support s, Commitment c "
                        + "WHERE c.id = s.commitmentId AND c.plan.id = :p GROUP BY s.commitmentId", IdCount.class).setParameter("p", planId)
                .getResultList().forEach(row -> counts.put(row.id(), row.count()));
        return counts;
    }

    private Commitment open(Tenant tenant, Long accountId, String planSlug, String reference) {
        standing.requireParticipant(accountId, RefusedException::new);
        Commitment commitment = commitments.find(tenant, planSlug, reference);
        if (consultations.openFor(tenant, commitment, Instant.now()).isEmpty()) {
            throw new RefusedException("support.refused.closed");
        }
        return commitment;
    }

    private Support find(long commitmentId, Long accountId) {
        return em.createQuery("SELECT s FROM Support s WHERE s.commitmentId = :c AND s.accountId = :a", Support.class)
                .setParameter("c", commitmentId).setParameter("a", accountId).getResultStream().findFirst().orElse(null);
    }
}
