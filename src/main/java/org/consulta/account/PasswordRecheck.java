package org.consulta.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.Mailer;

import java.time.Instant;

/**
 * The password asked again inside a session (to change it, to download one's data, to delete the
 * account): a wrong one counts as a failed sign-in, in a transaction of its own so that the count
 * stays when the caller's refusal rolls back; five within 15 minutes lock the account and tell its owner,
 * and a locked account passes no re-check, right password or not.
 */
@Stateless
public class PasswordRecheck {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private Mailer mailer;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean passes(long accountId, String password) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            return false;
        }
        boolean matches = password != null && hasher.matches(password.toCharArray(), account.getPasswordHash());
        Instant now = Instant.now();
        if (account.isLocked(now)) {
            return false;
        }
        if (!matches && account.recordFailure(now, SignInService.MAX_FAILURES, SignInService.WINDOW)) {
            mailer.send(account.getEmail(), account.getLanguage(), "mail_locked", account.getDisplayName());
        }
        return matches; // a success changes nothing here: the caller is about to write this account
    }
}
