package org.consulta.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.Faces;

/** The sign-out button in the page header: a POST, never a link. */
@Named
@RequestScoped
public class LogoutAccountBacking {

    @Inject
    private CurrentPage page;

    public void logOut() {
        String language = page.getLanguage();
        Faces.request().getSession().invalidate();
        Faces.redirect("/" + language + "/");
    }
}
