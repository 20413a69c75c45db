package org.consulta.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Accounts; registration and sign-in arrive with the accounts issue. */
@Stateless
public class AccountService {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    public boolean hasPlatformAdministrator() {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.platformAdmin = TRUE", Long.class)
                .getSingleResult() > 0;
    }

    /** Creates the first platform administrator with the given one-time password, to be changed at first login. */
    public Account createPlatformAdministrator(String email, char[] oneTimePassword, String language) {
        Account admin = Account.platformAdministrator(email, hasher.hash(oneTimePassword), language);
        em.persist(admin);
        return admin;
    }

    /** An account the platform creates for a person: confirmed, its one-time password to be changed. */
    public Account createPreconfirmedAccount(String email, String displayName, char[] oneTimePassword, String language) {
        Account account = Account.preconfirmed(email, displayName, hasher.hash(oneTimePassword), language);
        em.persist(account);
        return account;
    }

    public Optional<Account> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Account> findByEmail(String email) {
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
                .setParameter("email", email.toLowerCase(java.util.Locale.ROOT)).getResultStream().findFirst();
    }

    public boolean checkPassword(String email, char[] password) {
        return findByEmail(email).map(a -> hasher.matches(password, a.getPasswordHash())).orElse(false);
    }
}
