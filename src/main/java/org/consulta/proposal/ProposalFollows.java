package org.consulta.proposal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Standing;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Instant;

/**
 * Following proposals: by choice from the proposal's page, and on acting (proposing, supporting) unless the
 * person once chose to stop. Followers are mailed when the proposal is answered.
 */
@Stateless
@TenantScoped
public class ProposalFollows {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Standing standing;
    @Inject
    private ProposalChecks checks;
    @Inject
    private FollowerRows rows;

    public void followProposal(Tenant tenant, Long accountId, long proposalId) {
        standing.requireParticipant(accountId, RefusedException::new);
        Proposal proposal = checks.proposal(proposalId);
        if (!proposal.isPublic()) {
            throw new RefusedException("proposal.refused.not_found");
        }
        rows.find(proposalId, accountId).ifPresentOrElse(ProposalFollower::resume,
                () -> em.persist(new ProposalFollower(proposalId, accountId)));
    }

    public void unfollowProposal(Tenant tenant, Long accountId, long proposalId) {
        rows.find(proposalId, accountId).ifPresent(f -> f.unfollow(Instant.now()));
    }

    public boolean isFollowing(Tenant tenant, Long accountId, long proposalId) {
        return accountId != null && rows.find(proposalId, accountId).map(ProposalFollower::isActive).orElse(false);
    }
}
