package org.consulta.proposal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.comment.ProposalDiscussions;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The comment feature's question answered: a proposal takes comments while it is public, not merged, and
 * its call open. Runs in the caller's tenant-bound transaction.
 */
@Dependent
public class ProposalDiscussionRules implements ProposalDiscussions {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    @Override
    public void requireOpen(Tenant tenant, long proposalId) {
        Proposal proposal = em.createQuery("SELECT p FROM Proposal p WHERE p.id = :id", Proposal.class)
                .setParameter("id", proposalId).getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException("proposal.refused.not_found"));
        if (!proposal.isPublic()) {
            throw new RefusedException("proposal.refused.not_found");
        }
        if (proposal.isMerged()) {
            throw new RefusedException("proposal.refused.merged");
        }
        CallService.requireOpen(proposal.getCall(), Instant.now());
    }

    @Override
    public Map<Long, String> titles(Tenant tenant, Collection<Long> proposalIds) {
        Map<Long, String> titles = new HashMap<>();
        if (!proposalIds.isEmpty()) {
            em.createQuery("SELECT p.id, p.title FROM Proposal p WHERE p.id IN :ids", Object[].class).setParameter("ids", proposalIds)
                    .getResultList().forEach(row -> titles.put((Long) row[0], (String) row[1]));
        }
        return titles;
    }
}
