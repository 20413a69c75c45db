package org.consulta.moderation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Account;
import org.consulta.comment.Comment;
import org.consulta.commitment.CommitmentAddress;
import org.consulta.commitment.CommitmentAddresses;
import org.consulta.kernel.PublicLinks;
import org.consulta.kernel.Tenant;

/**
 * Mails to the person moderated, in their language, queued in the decision's transaction: their
 * contribution hidden (with the reason and where to appeal), the appeal decided, a block. They
 * never say who flagged.
 */
@Dependent
class ModerationMails {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private CommitmentAddresses addresses;
    @Inject
    private org.consulta.account.Notifier notifier;
    @Inject
    private org.consulta.comment.ProposalDiscussions proposals;
    @Inject
    private PublicLinks links;

    void hidden(Tenant tenant, Comment comment) {
        Account author = author(comment.getAuthorId());
        notifier.notify(author.getEmail(), author.getLanguage(), comment.isStatement() ? "mail_proposal_hidden"
                        : comment.isOnProposal() ? "mail_hidden_on_proposal" : "mail_hidden",
                author.getDisplayName(), reference(tenant, comment), comment.getHiddenReason().name(), link(tenant, author, comment));
    }

    void appealDecided(Tenant tenant, Comment comment, boolean reversed, String reason) {
        Account author = author(comment.getAuthorId());
        notifier.notify(author.getEmail(), author.getLanguage(), comment.isStatement() ? "mail_proposal_appeal_decided"
                        : comment.isOnProposal() ? "mail_appeal_decided_on_proposal" : "mail_appeal_decided", author.getDisplayName(), reference(tenant, comment), reversed ? "REVERSED" : "UPHELD",
                reason, link(tenant, author, comment));
    }

    void blocked(Tenant tenant, Long accountId, org.consulta.repository.Repository repository, String justification) {
        Account account = author(accountId);
        String name = repository.getName().show(account.getLanguage(), repository.getDefaultLanguage())
                .map(org.consulta.i18n.ShownText::text).orElse(tenant.slug());
        notifier.notify(account.getEmail(), account.getLanguage(), "mail_blocked", account.getDisplayName(),
                name, justification);
    }

    private Account author(Long id) {
        return em.find(Account.class, id);
    }

    /** What the contribution is about: its commitment's reference, or its proposal's title. */
    private String reference(Tenant tenant, Comment comment) {
        return comment.isOnProposal() ? proposals.title(tenant, comment.getProposalId())
                : addresses.of(comment.getCommitmentId()).reference();
    }

    private String link(Tenant tenant, Account to, Comment comment) {
        if (comment.isOnProposal()) {
            return links.to(to.getLanguage(), "/r/" + tenant.slug() + "/proposals/" + comment.getProposalId() + comment.getPlace());
        }
        CommitmentAddress where = addresses.of(comment.getCommitmentId());
        return links.to(to.getLanguage(), "/r/" + tenant.slug() + "/plans/" + where.planSlug() + "/" + where.reference()
                + comment.getPlace());
    }
}
