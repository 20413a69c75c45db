package org.consulta.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.PasswordService;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;

/** {@code /views/account/password.xhtml}: change the password (required after a one-time password). */
@Named
@RequestScoped
public class PasswordAccountBacking {

    @Inject
    private PasswordService passwords;
    @Inject
    private CurrentUser user;
    @Inject
    private org.consulta.web.frame.CurrentPage page;

    private String current;
    private String replacement;

    public void change() {
        org.consulta.account.SignedIn renewed = passwords.changePassword(user.id(), current, replacement);
        Faces.request().changeSessionId(); // this session stays, under a new id; every other one has ended
        user.signIn(renewed);
        // the confirmation is in this page's language: so is the page it leads to
        Faces.done("account_password.changed", "/" + page.getLanguage() + "/");
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }
}
