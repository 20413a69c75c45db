package org.consulta.account;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * Whether a person may take part in this repository: confirmed, not deleted, not blocked. Runs in
 * the caller's tenant-bound transaction, so a block in another repository is not seen.
 */
@Dependent
public class Standing {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    /** Refuses, with the reason's key, anyone who may not contribute, vote or flag here. */
    public void requireParticipant(Long accountId, java.util.function.Function<String, RuntimeException> refusal) {
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        if (account == null || !account.isConfirmed() || account.isDeleted()) {
            throw refusal.apply("comment.refused.unconfirmed");
        }
        if (block(accountId).isPresent()) {
            throw refusal.apply("comment.refused.blocked");
        }
    }

    /** The person's active block here, whose justification they are shown. */
    public Optional<AccountBlock> block(Long accountId) {
        if (accountId == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT b FROM AccountBlock b WHERE b.accountId = :a AND b.active = :yes", AccountBlock.class)
                .setParameter("a", accountId).setParameter("yes", true)
                .setHint("eclipselink.jdbc.bind-parameters", "true").getResultStream().findFirst();
    }
}
