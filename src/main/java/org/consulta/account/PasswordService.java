package org.consulta.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.platform.MailQueue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Changing a password, and resetting a forgotten one through a single-use link valid one hour. */
@Stateless
public class PasswordService {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private PasswordHasher hasher;
    /** Queued with the transaction: a mail server that is down delays the mail, never the person. */
    @Inject
    private MailQueue mailer;
    @Inject
    private ClientThrottle throttle;
    @Inject
    private org.consulta.platform.PublicLinks links;

    /** Mails a reset link if the address has a confirmed account; the caller cannot tell which. */
    public void requestReset(String email, String clientAddress) {
        throttle.attempt("reset", clientAddress, 10, Duration.ofHours(1));
        if (email == null) {
            return;
        }
        em.createQuery("SELECT a FROM Account a WHERE a.email = :e", Account.class)
                .setParameter("e", email.trim().toLowerCase(Locale.ROOT)).getResultStream()
                .filter(Account::isConfirmed).findFirst().ifPresent(account -> {
                    AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.RESET_PASSWORD, Instant.now());
                    em.persist(issued.token());
                    mailer.enqueue(account.getEmail(), account.getLanguage(), "mail_reset", account.getDisplayName(),
                            links.to(account.getLanguage(), "/account/reset?token=" + issued.raw()));
                });
    }

    public void resetPassword(String rawToken, String newPassword) {
        AccountToken token = Tokens.usable(em, rawToken, TokenPurpose.RESET_PASSWORD)
                .orElseThrow(() -> new AccountException("account_reset.invalid_link"));
        Account account = token.getAccount();
        setPassword(account, newPassword);
        token.use(Instant.now());
        account.recordSuccess();
    }

    public SignedIn changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = em.find(Account.class, accountId);
        if (account == null || currentPassword == null
                || !hasher.matches(currentPassword.toCharArray(), account.getPasswordHash())) {
            throw new AccountException("account_password.wrong_current", "current");
        }
        if (currentPassword.equals(newPassword)) {
            throw new AccountException("account_password.same_as_before", "replacement");
        }
        setPassword(account, newPassword);
        return SignInService.signedIn(account);
    }

    private void setPassword(Account account, String newPassword) {
        PasswordPolicy.problem(newPassword, account.getEmail(), account.getDisplayName()).ifPresent(key -> {
            throw new AccountException(key, "replacement");
        });
        account.changePasswordHash(hasher.hash(newPassword.toCharArray()));
    }
}
