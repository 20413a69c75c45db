package org.consulta.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.consulta.kernel.MailQueue;
import org.consulta.kernel.RefusedException;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Registering an account and confirming its e-mail address through a single-use link. */
@Stateless
public class RegistrationService {

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
    private PendingInvitations invitations;
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "consulta.throttle.registrations", defaultValue = "10")
    private int registrationsPerHour;
    @Inject
    private org.consulta.kernel.PublicLinks links;

    /**
     * Creates an unconfirmed account and mails the confirmation link. An address that already has
     * an account gets a notice instead, and the caller sees the same outcome either way.
     */
    public void register(@Valid Registration registration, String clientAddress) {
        throttle.attempt("register", clientAddress, registrationsPerHour, Duration.ofHours(1));
        String email = registration.getEmail().trim().toLowerCase(Locale.ROOT);
        PasswordPolicy.problem(registration.getPassword(), email, registration.getName())
                .ifPresent(key -> {
                    throw new RefusedException(key, "password");
                });
        Account existing = em.createQuery("SELECT a FROM Account a WHERE a.email = :e", Account.class)
                .setParameter("e", email).getResultStream().findFirst().orElse(null);
        // one key derivation either way (checking the password here, hashing it below): a taken address
        // answers no faster than a new one
        if (existing != null) {
            boolean copy = hasher.matches(registration.getPassword().toCharArray(), existing.getPasswordHash())
                    && !existing.isConfirmed() && existing.getCreatedAt().isAfter(Instant.now().minus(Duration.ofMinutes(10)));
            if (!copy) { // a copy of the same submission (a double click) has its confirmation on the way already
                mailer.enqueue(email, existing.getLanguage(), "mail_already_registered", existing.getDisplayName(),
                        links.to(existing.getLanguage(), "/account/reset"));
            }
            return;
        }
        Account account = new Account(email, registration.getName().trim(),
                hasher.hash(registration.getPassword().toCharArray()), registration.getLanguage());
        try {
            em.persist(account);
            em.flush();
        } catch (jakarta.persistence.PersistenceException raced) {
            // a copy of this registration took the address a moment ago (unique key): the same outcome,
            // its confirmation mail is already on its way; this transaction only rolls back
            return;
        }
        AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.CONFIRM_EMAIL, Instant.now());
        em.persist(issued.token());
        mailer.enqueue(email, account.getLanguage(), "mail_confirm", account.getDisplayName(),
                links.to(account.getLanguage(), "/account/confirm?token=" + issued.raw()));
    }

    /**
     * Confirms the address behind a link, given the password the account was registered with: the link
     * proves control of the mailbox, the password that the person who registered is that owner. Someone
     * who registered another person's address cannot have it confirmed (its owner does not know that
     * password, and takes the address over through a reset link instead). An expired, used or unknown
     * link, or a wrong password, changes nothing.
     */
    public void confirmEmail(String rawToken, String password) {
        AccountToken token = Tokens.usable(em, rawToken, TokenPurpose.CONFIRM_EMAIL)
                .orElseThrow(() -> new RefusedException("account_confirm.invalid_link"));
        Account account = token.getAccount();
        if (password == null || !hasher.matches(password.toCharArray(), account.getPasswordHash())) {
            throw new RefusedException("account_confirm.wrong_password", "password");
        }
        token.use(Instant.now());
        account.confirm(Instant.now());
        invitations.acceptFor(account);
    }
}
