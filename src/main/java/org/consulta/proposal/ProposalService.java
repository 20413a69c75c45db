package org.consulta.proposal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.consulta.account.Standing;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Clock;
import java.util.List;

/**
 * What participants do with proposals while a call is open: propose, rewrite (until someone acts on it),
 * add an addendum, support and withdraw a support. Confirmed accounts not blocked here only; every rule
 * on the server.
 */
@Stateless
@TenantScoped
public class ProposalService {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Standing standing;
    @Inject
    private CallService calls;
    @Inject
    private ProposalChecks checks;
    @Inject
    private Event<ProposalChanged> changed;
    @Inject
    private FollowerRows followers;
    @Inject
    private org.consulta.comment.ProposalContributions statements;

    private final Clock clock = Clock.systemUTC();

    /** Copies of one submission (a double click, a resent form) make one proposal: the form's token is unique with its author. */
    public Proposal propose(Tenant tenant, Long authorId, long callId, ProposalDraft draft) {
        standing.requireParticipant(authorId, RefusedException::new);
        Proposal sent = submitted(authorId, draft.getSubmission());
        if (sent != null) {
            return sent;
        }
        ProposalCall call = calls.findCall(tenant, callId);
        CallService.requireOpen(call, clock.instant());
        ProposalText text = ProposalRules.text(draft.getTitle(), draft.getProblem(), draft.getSolution(), draft.getOrganisation());
        Proposal proposal = Proposal.online(call, text, checks.language(tenant, draft.getLanguage()),
                checks.areas(tenant, draft.getAreas()), authorId, blankToNull(draft.getSubmission()));
        em.persist(proposal); // a copy racing this one fails on the unique key; replayed, it finds this one
        em.flush();
        followers.followOnActing(proposal.getId(), authorId);
        statements.stateProposal(tenant, authorId, proposal.getId(), proposal.statement(), proposal.getLanguage(), true);
        changed.fire(new ProposalChanged(tenant, proposal.getId()));
        return proposal;
    }

    /** The author's rewrite, while the call is open and before anyone supported or commented. */
    public void reviseProposal(Tenant tenant, Long authorId, long proposalId, ProposalDraft draft) {
        standing.requireParticipant(authorId, RefusedException::new);
        Proposal proposal = own(authorId, proposalId);
        CallService.requireOpen(proposal.getCall(), clock.instant());
        proposal.rewrite(ProposalRules.text(draft.getTitle(), draft.getProblem(), draft.getSolution(), draft.getOrganisation()),
                checks.areas(tenant, draft.getAreas()), clock.instant());
        statements.restateProposal(tenant, proposalId, proposal.statement());
        changed.fire(new ProposalChanged(tenant, proposalId));
    }

    /** Once others have acted on it, the author adds to it instead of rewriting it. */
    public void addAddendum(Tenant tenant, Long authorId, long proposalId, String text) {
        standing.requireParticipant(authorId, RefusedException::new);
        Proposal proposal = own(authorId, proposalId);
        if (proposal.isRewritable()) {
            throw new RefusedException("proposal.refused.rewrite_instead");
        }
        proposal.addAddendum(ProposalRules.addendum(text), clock.instant());
        statements.restateProposal(tenant, proposalId, proposal.statement());
        changed.fire(new ProposalChanged(tenant, proposalId));
    }

    /** One support per person: the unique key settles parallel clicks, the row lock keeps the counter equal to the rows. */
    public void supportProposal(Tenant tenant, Long accountId, long proposalId) {
        Proposal proposal = supportable(accountId, proposalId);
        if (find(proposalId, accountId) != null) {
            throw new RefusedException("proposal.refused.already_supported");
        }
        try {
            em.persist(new ProposalSupport(proposalId, accountId));
            em.flush();
        } catch (PersistenceException raced) {
            throw new RefusedException("proposal.refused.already_supported");
        }
        proposal.supported(1);
        followers.followOnActing(proposalId, accountId);
    }

    public void withdrawSupport(Tenant tenant, Long accountId, long proposalId) {
        Proposal proposal = supportable(accountId, proposalId);
        ProposalSupport support = find(proposalId, accountId);
        if (support == null) {
            throw new RefusedException("proposal.refused.not_supported");
        }
        em.remove(support);
        proposal.supported(-1);
    }

    /** Of these proposals, those this person supports (null: no one signed in), in one statement. */
    public List<Long> supportedBy(Tenant tenant, Long accountId, List<Long> proposalIds) {
        if (accountId == null || proposalIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s.proposalId FROM ProposalSupport s WHERE s.accountId = :a AND s.proposalId IN :ids", Long.class)
                .setParameter("a", accountId).setParameter("ids", proposalIds).getResultList();
    }

    private Proposal supportable(Long accountId, long proposalId) {
        standing.requireParticipant(accountId, RefusedException::new);
        Proposal proposal = checks.locked(proposalId);
        if (!proposal.isPublic() || proposal.isMerged()) {
            throw new RefusedException(proposal.isMerged() ? "proposal.refused.merged" : "proposal.refused.not_found");
        }
        CallService.requireOpen(proposal.getCall(), clock.instant());
        if (accountId.equals(proposal.getAuthorId())) {
            throw new RefusedException("proposal.refused.own");
        }
        return proposal;
    }

    private Proposal own(Long authorId, long proposalId) {
        Proposal proposal = checks.locked(proposalId);
        if (!authorId.equals(proposal.getAuthorId())) {
            throw new RefusedException("proposal.refused.not_yours");
        }
        return proposal;
    }

    private ProposalSupport find(long proposalId, Long accountId) {
        return em.createQuery("SELECT s FROM ProposalSupport s WHERE s.proposalId = :p AND s.accountId = :a", ProposalSupport.class)
                .setParameter("p", proposalId).setParameter("a", accountId).getResultStream().findFirst().orElse(null);
    }

    private Proposal submitted(Long authorId, String submission) {
        if (submission == null || submission.isBlank()) {
            return null;
        }
        return em.createQuery("SELECT p FROM Proposal p WHERE p.authorId = :a AND p.submission = :s", Proposal.class)
                .setParameter("a", authorId).setParameter("s", submission).getResultStream().findFirst().orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
