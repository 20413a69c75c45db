package org.consulta.comment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Account;
import org.consulta.commitment.Commitment;
import org.consulta.consultation.FollowService;
import org.consulta.consultation.FollowerContact;
import org.consulta.kernel.PublicLinks;
import org.consulta.kernel.Tenant;

/**
 * Mails to an author about their contribution (a reply, a response), queued in the caller's
 * transaction, in the author's language, only while they follow the commitment: contributing
 * follows it, and the mail's link stops it.
 */
@Dependent
class ContributionMails {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private ProgressUpdates updates;
    @Inject
    private FollowService follows;
    @Inject
    private org.consulta.account.Notifier notifier;
    @Inject
    private PublicLinks links;

    void replied(Tenant tenant, Comment parent, Comment reply) {
        if (parent.getAuthorId().equals(reply.getAuthorId()) || parent.isOnProposal()) { // proposals have followers of their own
            return;
        }
        Account replier = em.find(Account.class, reply.getAuthorId());
        follows.contact(tenant, parent.getAuthorId(), parent.getCommitmentId()).ifPresent(to -> {
            Commitment commitment = commitment(parent);
            notifier.notify(to.email(), to.language(), "mail_reply", to.name(), commitment.getReference(),
                    replier.getDisplayName(), link(tenant, to, commitment, reply), to.unsubscribeLink(),
                    ContributionMailText.argument(tenant, reply)); // its text as it reads in their language when sent
        });
    }

    void responded(Tenant tenant, Comment comment, ResponseStatus status) {
        follows.contact(tenant, comment.getAuthorId(), comment.getCommitmentId()).ifPresent(to -> {
            Commitment commitment = commitment(comment);
            notifier.notify(to.email(), to.language(), "mail_response", to.name(), commitment.getReference(),
                    status.name(), link(tenant, to, commitment, comment), to.unsubscribeLink());
        });
    }

    /** Held for a moderator: the author is told, whether or not they follow (it is about their own text). */
    void held(Tenant tenant, Comment comment) {
        Account author = em.find(Account.class, comment.getAuthorId());
        if (comment.isOnProposal()) {
            notifier.notify(author.getEmail(), author.getLanguage(), comment.isStatement() ? "mail_proposal_held" : "mail_held_on_proposal",
                    author.getDisplayName(),
                    links.to(author.getLanguage(), "/r/" + tenant.slug() + "/proposals/" + comment.getProposalId() + comment.getPlace()));
            return;
        }
        Commitment commitment = commitment(comment);
        notifier.notify(author.getEmail(), author.getLanguage(), "mail_held", author.getDisplayName(),
                commitment.getReference(), links.to(author.getLanguage(), "/r/" + tenant.slug() + "/plans/"
                        + commitment.getPlan().getSlug() + "/" + commitment.getReference() + comment.getPlace()));
    }

    /**
     * Whoever posted a progress update hears that civil society commented on it (not of their own
     * comments, nor once their account is deleted), in their language, with the link to answer.
     */
    void commentedOnUpdate(Tenant tenant, Comment comment) {
        Long reporterId = updates.reporterOf(comment.getProgressUpdateId());
        Account reporter = em.find(Account.class, reporterId);
        if (reporterId.equals(comment.getAuthorId()) || reporter == null || reporter.isDeleted()) {
            return;
        }
        Commitment commitment = commitment(comment);
        notifier.notify(reporter.getEmail(), reporter.getLanguage(), "mail_progress_comment", reporter.getDisplayName(),
                commitment.getReference(), em.find(Account.class, comment.getAuthorId()).getDisplayName(),
                links.to(reporter.getLanguage(), "/r/" + tenant.slug() + "/plans/" + commitment.getPlan().getSlug() + "/"
                        + commitment.getReference() + comment.getPlace()));
    }

    Commitment commitment(Comment comment) {
        return em.createQuery("SELECT c FROM Commitment c JOIN FETCH c.plan WHERE c.id = :id", Commitment.class)
                .setParameter("id", comment.getCommitmentId()).getSingleResult();
    }

    private String link(Tenant tenant, FollowerContact to, Commitment commitment, Comment comment) {
        return links.to(to.language(), "/r/" + tenant.slug() + "/plans/" + commitment.getPlan().getSlug() + "/"
                + commitment.getReference() + comment.getPlace());
    }
}
