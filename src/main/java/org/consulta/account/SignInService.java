package org.consulta.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.Mailer;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Signing in. Five failures within 15 minutes lock the account for 15 minutes and tell its owner;
 * failures per client address are throttled; every refusal looks the same.
 */
@Stateless
public class SignInService {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private Mailer mailer;
    @Inject
    private ClientThrottle throttle;
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "consulta.throttle.logins", defaultValue = "30")
    private int attemptsPerAddress;

    public SignedIn logIn(String email, String password, String clientAddress) {
        throttle.attempt("login", clientAddress, attemptsPerAddress, WINDOW);
        if (email == null || password == null) {
            throw new SignInRefusedException();
        }
        Account account = em.createQuery("SELECT a FROM Account a WHERE a.email = :e", Account.class)
                .setParameter("e", email.trim().toLowerCase(Locale.ROOT))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        Instant now = Instant.now();
        if (account == null) {
            hasher.hash(password.toCharArray()); // same cost as a real check: timing tells nothing
            throw new SignInRefusedException();
        }
        // the hash is checked even for a locked account: the time taken tells nothing either
        boolean matches = hasher.matches(password.toCharArray(), account.getPasswordHash());
        if (account.isLocked(now) || !matches) {
            if (!account.isLocked(now) && account.recordFailure(now, MAX_FAILURES, WINDOW)) {
                mailer.send(account.getEmail(), account.getLanguage(), "mail_locked", account.getDisplayName());
            }
            throw new SignInRefusedException();
        }
        if (!account.isConfirmed()) {
            throw new SignInRefusedException();
        }
        account.recordSuccess();
        return signedIn(account);
    }

    /**
     * Whether a session opened as {@code who} still holds: not once the account's password was changed
     * or reset since (elsewhere), nor once the account is gone. One primary-key read per signed-in request.
     */
    public boolean stillSignedIn(SignedIn who) {
        Integer epoch = em.createQuery("SELECT a.sessionEpoch FROM Account a WHERE a.id = :id AND a.deletedAt IS NULL",
                Integer.class).setParameter("id", who.accountId()).getResultStream().findFirst().orElse(null);
        return epoch != null && epoch == who.sessionEpoch();
    }

    static SignedIn signedIn(Account account) {
        return new SignedIn(account.getId(), account.getDisplayName(), account.getLanguage(),
                account.isMustChangePassword(), account.isPlatformAdmin(), account.getSessionEpoch());
    }
}
