package org.consulta.comment;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Account;
import org.consulta.consultation.Consultation;
import org.consulta.tenant.Repository;
import org.consulta.tenant.Tenant;

import java.time.Instant;

/**
 * The checks every contribution passes, run inside the caller's tenant-bound transaction: a confirmed
 * account, an open consultation, texts within the repository's limits.
 */
@Dependent
class ContributionRules {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    void participant(Long accountId) {
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        if (account == null || !account.isConfirmed() || account.isDeleted()) {
            throw new CommentRefusedException("comment.refused.unconfirmed");
        }
    }

    Comment comment(long id) {
        return em.createQuery("SELECT c FROM Comment c WHERE c.id = :id", Comment.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new CommentRefusedException("comment.refused.not_found"));
    }

    /** Outside the window nothing is accepted, whatever the client believes the time is. */
    void requireOpen(Comment comment, Instant now) {
        Consultation consultation = em.createQuery("SELECT c FROM Consultation c WHERE c.id = :id", Consultation.class)
                .setParameter("id", comment.getConsultationId()).getResultStream().findFirst().orElse(null);
        if (consultation == null || !consultation.window().isOpen(now)) {
            throw new CommentRefusedException("comment.refused.closed");
        }
    }

    String body(Tenant tenant, String body) {
        int max = em.find(Repository.class, tenant.id()).getCommentMaxLength();
        if (body == null || body.isBlank()) {
            throw new CommentRefusedException("comment.refused.empty", "body");
        }
        if (body.length() > max) {
            throw new CommentRefusedException("comment.refused.too_long", "body");
        }
        return body.strip();
    }

    /** The language the author says they wrote in, if the repository has it; else its default. */
    String language(Tenant tenant, String language) {
        Repository repository = em.find(Repository.class, tenant.id());
        return repository.getLanguages().contains(language) ? language : repository.getDefaultLanguage();
    }
}
