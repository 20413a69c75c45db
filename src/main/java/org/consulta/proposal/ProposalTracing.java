package org.consulta.proposal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Permissions;
import org.consulta.audit.AuditLog;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentListing;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Instant;
import java.util.List;

/**
 * What became of proposals: the draft commitments they fed (many to many, each link with a short note),
 * and duplicates merged into the proposal kept, whose supporters then count once each.
 */
@Stateless
@TenantScoped
public class ProposalTracing {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Permissions permissions;
    @Inject
    private AuditLog audit;
    @Inject
    private ProposalChecks checks;
    @Inject
    private CommitmentListing commitments;
    @Inject
    private Event<ProposalChanged> changed;

    public void linkToCommitment(Tenant tenant, Long actorId, long proposalId, long commitmentId, String note) {
        permissions.require(tenant, actorId, ProposalPermissions.TRACE);
        Proposal proposal = checks.proposal(proposalId);
        List<Commitment> found = commitments.byIds(tenant, List.of(commitmentId));
        if (found.isEmpty()) {
            throw new RefusedException("proposal.refused.unknown_commitment", "commitment");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > ProposalLink.MAX_NOTE) {
            throw new RefusedException("proposal.refused.note", "note");
        }
        if (link(proposalId, commitmentId) != null) {
            throw new RefusedException("proposal.refused.already_linked", "commitment");
        }
        em.persist(new ProposalLink(proposal.getId(), commitmentId, text.isEmpty() ? null : text, actorId));
        audit.record(tenant, actorId, "proposal.linked", "P" + proposalId, null, found.get(0).getReference());
    }

    public void unlinkFromCommitment(Tenant tenant, Long actorId, long proposalId, long commitmentId) {
        permissions.require(tenant, actorId, ProposalPermissions.TRACE);
        ProposalLink link = link(proposalId, commitmentId);
        if (link == null) {
            throw new RefusedException("proposal.refused.not_linked");
        }
        em.remove(link);
        audit.record(tenant, actorId, "proposal.unlinked", "P" + proposalId, String.valueOf(commitmentId), null);
    }

    /**
     * The duplicate points to the proposal kept from now on; its supporters' supports are carried over,
     * once each (someone who supported both counts once), and its own rows stay as they were.
     */
    public void mergeProposals(Tenant tenant, Long actorId, long duplicateId, long keptId) {
        permissions.require(tenant, actorId, ProposalPermissions.TRACE);
        if (duplicateId == keptId) {
            throw new RefusedException("proposal.refused.merge_self", "kept");
        }
        // both rows locked, lower id first: two opposite merges at once wait instead of deadlocking
        Proposal first = checks.locked(Math.min(duplicateId, keptId));
        Proposal second = checks.locked(Math.max(duplicateId, keptId));
        Proposal duplicate = first.getId() == duplicateId ? first : second;
        Proposal kept = duplicate == first ? second : first;
        if (duplicate.isMerged() || kept.isMerged()) {
            throw new RefusedException("proposal.refused.merged", "kept");
        }
        if (!duplicate.getCall().getId().equals(kept.getCall().getId())) {
            throw new RefusedException("proposal.refused.merge_other_call", "kept");
        }
        List<Long> carried = em.createQuery("SELECT s.accountId FROM ProposalSupport s WHERE s.proposalId = :d "
                        + "AND s.accountId NOT IN (SELECT k.accountId FROM ProposalSupport k WHERE k.proposalId = :k)", Long.class)
                .setParameter("d", duplicateId).setParameter("k", keptId).getResultList();
        carried.stream().filter(account -> !account.equals(kept.getAuthorId()))
                .forEach(account -> em.persist(new ProposalSupport(keptId, account)));
        em.flush();
        kept.recount(em.createQuery("SELECT COUNT(s) FROM ProposalSupport s WHERE s.proposalId = :k", Long.class)
                .setParameter("k", keptId).getSingleResult().intValue());
        duplicate.mergeInto(kept, Instant.now());
        changed.fire(new ProposalChanged(tenant, duplicateId));
        audit.record(tenant, actorId, "proposal.merged", "P" + duplicateId, null, "P" + keptId);
    }

    private ProposalLink link(long proposalId, long commitmentId) {
        return em.createQuery("SELECT l FROM ProposalLink l WHERE l.proposalId = :p AND l.commitmentId = :c", ProposalLink.class)
                .setParameter("p", proposalId).setParameter("c", commitmentId).getResultStream().findFirst().orElse(null);
    }
}
