package org.consulta.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.MailQueue;
import org.consulta.kernel.RefusedException;

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
    private org.consulta.kernel.PublicLinks links;
    @Inject
    private PendingInvitations invitations;
    @Inject
    private PasswordRecheck recheck;

    /**
     * Mails a reset link to the address. An account not yet confirmed gets one too: whoever controls the
     * mailbox owns the address, and may replace a password someone else registered with it. An address
     * without an account gets a mail saying so. The caller cannot tell which, not even by the time taken:
     * each case writes one queued mail.
     */
    public void requestReset(String email, String clientAddress, String language) {
        throttle.attempt("reset", clientAddress, 10, Duration.ofHours(1));
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (!address.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+") || address.length() > 320) {
            return;
        }
        Account account = em.createQuery("SELECT a FROM Account a WHERE a.email = :e AND a.deletedAt IS NULL", Account.class)
                .setParameter("e", address).getResultStream().findFirst().orElse(null);
        if (account == null) {
            mailer.enqueue(address, language, "mail_reset_unknown", links.to(language, "/account/register"));
            return;
        }
        AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.RESET_PASSWORD, Instant.now());
        em.persist(issued.token());
        mailer.enqueue(account.getEmail(), account.getLanguage(), "mail_reset", account.getDisplayName(),
                links.to(account.getLanguage(), "/account/reset?token=" + issued.raw()));
    }

    /**
     * Sets the password chosen through a mailed link. The link proves control of the address: an account
     * not yet confirmed is confirmed by it (and its pending invitations accepted). Every other reset link
     * of the account stops working, and every session of the account ends.
     */
    public void resetPassword(String rawToken, String newPassword) {
        AccountToken token = Tokens.usable(em, rawToken, TokenPurpose.RESET_PASSWORD)
                .orElseThrow(() -> new RefusedException("account_reset.invalid_link"));
        Account account = token.getAccount();
        setPassword(account, newPassword);
        Instant now = Instant.now();
        token.use(now);
        account.recordSuccess();
        if (!account.isConfirmed()) {
            account.confirm(now);
            invitations.acceptFor(account);
        }
    }

    public SignedIn changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !recheck.passes(accountId, currentPassword)) {
            throw new RefusedException("account_password.wrong_current", "current");
        }
        if (currentPassword.equals(newPassword)) {
            throw new RefusedException("account_password.same_as_before", "replacement");
        }
        setPassword(account, newPassword);
        return SignInService.signedIn(account);
    }

    /** A new password: it ends every session opened before it and voids every reset link still unused. */
    private void setPassword(Account account, String newPassword) {
        PasswordPolicy.problem(newPassword, account.getEmail(), account.getDisplayName()).ifPresent(key -> {
            throw new RefusedException(key, "replacement");
        });
        account.changePasswordHash(hasher.hash(newPassword.toCharArray()));
        Instant now = Instant.now();
        em.createQuery("SELECT t FROM AccountToken t WHERE t.account = :a AND t.purpose = :p AND t.usedAt IS NULL",
                        AccountToken.class).setParameter("a", account).setParameter("p", TokenPurpose.RESET_PASSWORD)
                .getResultList().forEach(t -> t.use(now));
    }
}
