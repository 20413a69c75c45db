package org.consulta.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.i18n.Languages;

/** What a signed-in person changes about themselves. */
@Stateless
public class ProfileService {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    /** Saves the interface language on the account; it is used from then on, on every device. */
    public SignedIn chooseLanguage(Long accountId, String language) {
        if (!Languages.isSupported(language)) {
            throw new AccountException("account_settings.invalid_language");
        }
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        if (account == null) {
            throw new AccessDeniedException("not signed in");
        }
        account.changeLanguage(language);
        return SignInService.signedIn(account);
    }
}
