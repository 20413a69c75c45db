package org.consulta.proposal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Account;
import org.consulta.account.Permissions;
import org.consulta.audit.AuditLog;
import org.consulta.comment.ResponseStatus;
import org.consulta.i18n.LocalizedText;
import org.consulta.kernel.PublicLinks;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;
import org.consulta.repository.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The reasoned response to each proposal, by administrators or responders, with the same statuses as
 * contributions' responses; the queue of proposals still without one, oldest first. Its followers (the author
 * and supporters among them) hear of it by mail, each in their own language.
 */
@Stateless
@TenantScoped
public class ProposalResponses {

    public static final int PAGE_SIZE = 20;
    static final int MAX_REASONING = 4000;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Permissions permissions;
    @Inject
    private AuditLog audit;
    @Inject
    private ProposalChecks checks;
    @Inject
    private org.consulta.account.Notifier notifier;
    @Inject
    private PublicLinks links;
    @Inject
    private FollowerRows followers;

    /** {@code reasoning}: per language, the original one required; answering again replaces the response. */
    public void answerProposal(Tenant tenant, Long actorId, long proposalId, ResponseStatus status, String originalLanguage,
                               Map<String, String> reasoning) {
        permissions.require(tenant, actorId, ProposalPermissions.RESPOND);
        if (status == null) {
            throw new RefusedException("proposal_response.refused.status", "status");
        }
        Repository repository = em.find(Repository.class, tenant.id());
        String original = repository.getLanguages().contains(originalLanguage) ? originalLanguage : repository.getDefaultLanguage();
        if (reasoning.getOrDefault(original, "").isBlank()) {
            throw new RefusedException("proposal_response.refused.reasoning", "reasoning");
        }
        if (reasoning.values().stream().anyMatch(t -> t != null && t.length() > MAX_REASONING)) {
            throw new RefusedException("proposal_response.refused.too_long", "reasoning");
        }
        reasoning.keySet().removeIf(language -> !repository.getLanguages().contains(language));
        Proposal proposal = checks.locked(proposalId);
        if (proposal.isMerged()) {
            throw new RefusedException("proposal.refused.merged");
        }
        ProposalResponse before = proposal.getResponse();
        proposal.answer(new ProposalResponse(status, LocalizedText.empty().edited(original, reasoning), actorId, Instant.now()));
        audit.record(tenant, actorId, "proposal.answered", "P" + proposalId,
                before.isAnswered() ? before.getStatus().name() : null, status.name());
        String link = "/r/" + tenant.slug() + "/proposals/" + proposalId;
        for (Long follower : followers.followers(proposalId)) {
            Account to = em.find(Account.class, follower);
            if (to != null && !to.isDeleted() && to.getEmail() != null && !follower.equals(actorId)) {
                notifier.notify(to.getEmail(), to.getLanguage(), follower.equals(proposal.getAuthorId()) ? "mail_proposal_response"
                        : "mail_followed_proposal_response", to.getDisplayName(), proposal.getTitle(), status.name(),
                        links.to(to.getLanguage(), link));
            }
        }
    }

    /** Public proposals without a response (merged ones live on in the one kept), oldest first: the responders' queue. */
    public List<Proposal> unanswered(Tenant tenant, Long actorId, int page) {
        permissions.require(tenant, actorId, ProposalPermissions.RESPOND);
        return em.createQuery("SELECT p FROM Proposal p WHERE p.response.status IS NULL AND p.mergedInto IS NULL "
                        + "AND p.visibility = org.consulta.comment.Visibility.PUBLISHED ORDER BY p.createdAt, p.id", Proposal.class)
                .setFirstResult(Math.max(0, page) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
    }
}
