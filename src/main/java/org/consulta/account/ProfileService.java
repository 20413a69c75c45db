package org.consulta.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.i18n.Languages;
import org.consulta.kernel.RefusedException;

/** What a signed-in person changes about themselves. */
@Stateless
public class ProfileService {

    /**
     * EclipseLink refuses native SQL once entities are multitenant (it would bypass the filter).
     * A person's own data spans every repository they took part in, so these queries, keyed on the
     * person's own id, are the deliberate exception.
     */
    private static final String ACROSS_REPOSITORIES = "eclipselink.jdbc.allow-native-sql-query";

    @jakarta.inject.Inject
    private PasswordRecheck recheck;
    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @jakarta.inject.Inject
    private PasswordHasher hasher;
    @jakarta.inject.Inject
    private org.consulta.audit.AuditLog audit;
    /** Queued with the transaction: a mail server that is down delays the mail, never the person. */
    @jakarta.inject.Inject
    private org.consulta.kernel.MailQueue mailer;
    @jakarta.inject.Inject
    private org.consulta.kernel.PublicLinks links;
    /** Every feature's part of a person's data. */
    @jakarta.inject.Inject
    private jakarta.enterprise.inject.Instance<PersonalData> personalData;

    /**
     * Everything the platform holds about the person, as JSON: settings and roles in every
     * repository, and what each feature keeps of them ({@link PersonalData}: contributions, votes, follows,
     * supports, flags, appeals, ballots). Needs the password again.
     */
    public String exportData(Long accountId, String password) {
        Account account = withPassword(accountId, password);
        jakarta.json.JsonArrayBuilder roles = jakarta.json.Json.createArrayBuilder();
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery("SELECT r.slug, g.role, g.constituency, g.organisation, "
                + "g.created_at FROM role_grant g JOIN repository r ON r.id = g.repository_id WHERE g.account_id = ?1 "
                + "ORDER BY r.slug, g.role").setParameter(1, account.getId()).setHint(ACROSS_REPOSITORIES, true).getResultList();
        for (Object[] row : rows) {
            jakarta.json.JsonObjectBuilder role = jakarta.json.Json.createObjectBuilder()
                    .add("repository", String.valueOf(row[0])).add("role", String.valueOf(row[1]));
            if (row[2] != null) {
                role.add("constituency", String.valueOf(row[2]));
            }
            if (row[3] != null) {
                role.add("organisation", String.valueOf(row[3]));
            }
            roles.add(role.add("since", String.valueOf(row[4])));
        }
        jakarta.json.JsonObjectBuilder export = jakarta.json.Json.createObjectBuilder()
                .add("account", jakarta.json.Json.createObjectBuilder()
                        .add("name", account.getDisplayName()).add("email", account.getEmail())
                        .add("language", account.getLanguage()).add("created", account.getCreatedAt().toString())
                        .add("confirmed", account.isConfirmed()))
                .add("roles", roles);
        java.util.SortedMap<String, jakarta.json.JsonArray> sections = new java.util.TreeMap<>();
        personalData.forEach(part -> part.sections().forEach(section -> sections.put(section.name(), PersonalRows.of(em, section, account.getId()))));
        sections.forEach(export::add);
        return export.build().toString();
    }

    /**
     * Starts a change of address: the new address gets a confirmation link, the old one a notice.
     * If the new address already has an account, its owner is told instead, and the caller cannot tell.
     */
    public void requestEmailChange(Long accountId, String password, String newEmail) {
        Account account = withPassword(accountId, password);
        String address = newEmail == null ? "" : newEmail.trim().toLowerCase(java.util.Locale.ROOT);
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 320) {
            throw new RefusedException("account_email.invalid", "newEmail");
        }
        if (address.equals(account.getEmail())) {
            throw new RefusedException("account_email.same", "newEmail");
        }
        java.util.Optional<Account> owner = em.createQuery("SELECT a FROM Account a WHERE a.email = :e", Account.class)
                .setParameter("e", address).getResultStream().findFirst();
        if (owner.isPresent()) {
            mailer.enqueue(address, owner.get().getLanguage(), "mail_email_taken", owner.get().getDisplayName());
            return;
        }
        AccountToken.Issued issued = AccountToken.issueEmailChange(account, address, java.time.Instant.now());
        em.persist(issued.token());
        mailer.enqueue(address, account.getLanguage(), "mail_email_confirm", account.getDisplayName(),
                links.to(account.getLanguage(), "/account/email?token=" + issued.raw()));
        mailer.enqueue(account.getEmail(), account.getLanguage(), "mail_email_changing", account.getDisplayName(), address);
    }

    /** Confirms a change of address from the link sent to the new address; single use, 48 hours. */
    public void confirmEmailChange(String rawToken) {
        AccountToken token = Tokens.usable(em, rawToken, TokenPurpose.CHANGE_EMAIL)
                .orElseThrow(() -> new RefusedException("account_confirm.invalid_link"));
        boolean taken = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.email = :e", Long.class)
                .setParameter("e", token.getNewEmail()).getSingleResult() > 0;
        if (taken) {
            throw new RefusedException("account_confirm.invalid_link");
        }
        token.use(java.time.Instant.now());
        token.getAccount().changeEmail(token.getNewEmail());
    }

    /** Anonymises the account (its contributions stay, as "deleted participant"). Needs the password again. */
    public void deleteAccount(Long accountId, String password) {
        Account account = withPassword(accountId, password);
        em.createNativeQuery("DELETE FROM role_grant WHERE account_id = ?1").setParameter(1, account.getId())
                .setHint(ACROSS_REPOSITORIES, true).executeUpdate();
        em.createNativeQuery("DELETE FROM account_token WHERE account_id = ?1").setParameter(1, account.getId())
                .setHint(ACROSS_REPOSITORIES, true).executeUpdate();
        // following is a preference, not a contribution: nothing public depends on it
        em.createNativeQuery("DELETE FROM follower WHERE account_id = ?1").setParameter(1, account.getId())
                .setHint(ACROSS_REPOSITORIES, true).executeUpdate();
        account.anonymise(hasher.hash(OneTimePassword.generate(32)), java.time.Instant.now());
        audit.record(null, account.getId(), "account.deleted", "account " + account.getId(), null, null);
    }

    private Account withPassword(Long accountId, String password) {
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        if (account == null || account.isDeleted()) {
            throw new AccessDeniedException("not signed in");
        }
        if (!recheck.passes(account.getId(), password)) {
            throw new RefusedException("account_password.wrong_current", "password");
        }
        return account;
    }

    /** Saves the interface language on the account; it is used from then on, on every device. */
    public SignedIn chooseLanguage(Long accountId, String language) {
        if (!Languages.isSupported(language)) {
            throw new RefusedException("account_settings.invalid_language");
        }
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        if (account == null) {
            throw new AccessDeniedException("not signed in");
        }
        account.changeLanguage(language);
        return SignInService.signedIn(account);
    }

    /** Shows or hides the person's public profile page in every repository. */
    public void chooseProfileVisibility(Long accountId, boolean hidden) {
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        if (account == null || account.isDeleted()) {
            throw new AccessDeniedException("not signed in");
        }
        account.setProfileHidden(hidden);
    }

    /** Whether the person's profile page is hidden (their settings page shows the choice). */
    public boolean isProfileHidden(Long accountId) {
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        return account != null && account.isProfileHidden();
    }
}
