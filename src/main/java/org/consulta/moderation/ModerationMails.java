package org.consulta.moderation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Account;
import org.consulta.comment.Comment;
import org.consulta.commitment.CommitmentAddress;
import org.consulta.commitment.CommitmentAddresses;
import org.consulta.kernel.MailQueue;
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
    private MailQueue mails;
    @Inject
    private PublicLinks links;

    void hidden(Tenant tenant, Comment comment) {
        Account author = author(comment.getAuthorId());
        mails.enqueue(author.getEmail(), author.getLanguage(), "mail_hidden", author.getDisplayName(),
                reference(comment), comment.getHiddenReason().name(), link(tenant, author, comment));
    }

    void appealDecided(Tenant tenant, Comment comment, boolean reversed, String reason) {
        Account author = author(comment.getAuthorId());
        mails.enqueue(author.getEmail(), author.getLanguage(), "mail_appeal_decided", author.getDisplayName(),
                reference(comment), reversed ? "REVERSED" : "UPHELD", reason, link(tenant, author, comment));
    }

    void blocked(Tenant tenant, Long accountId, org.consulta.repository.Repository repository, String justification) {
        Account account = author(accountId);
        String name = repository.getName().show(account.getLanguage(), repository.getDefaultLanguage())
                .map(org.consulta.i18n.ShownText::text).orElse(tenant.slug());
        mails.enqueue(account.getEmail(), account.getLanguage(), "mail_blocked", account.getDisplayName(),
                name, justification);
    }

    private Account author(Long id) {
        return em.find(Account.class, id);
    }

    private String reference(Comment comment) {
        return addresses.of(comment.getCommitmentId()).reference();
    }

    private String link(Tenant tenant, Account to, Comment comment) {
        CommitmentAddress where = addresses.of(comment.getCommitmentId());
        return links.to(to.getLanguage(), "/r/" + tenant.slug() + "/plans/" + where.planSlug() + "/" + where.reference()
                + comment.getPlace());
    }
}
