package org.consulta.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.ProfileService;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

/** The language switcher of a signed-in person: the choice is saved on the account, then the same page reloads. */
@Named
@RequestScoped
public class LanguageAccountBacking {

    @Inject
    private ProfileService profiles;
    @Inject
    private CurrentUser user;
    @Inject
    private PageUrls urls;

    public void choose(String language) {
        user.signIn(profiles.chooseLanguage(user.id(), language));
        Faces.redirect(urls.pathIn(language));
    }
}
