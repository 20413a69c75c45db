package org.consulta.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.ProfileService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

/** The change of e-mail address: asked on the settings page, confirmed on {@code /views/account/email.xhtml}. */
@Named
@RequestScoped
public class EmailAccountBacking {

    @Inject
    private ProfileService profiles;
    @Inject
    private CurrentUser user;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;

    private String newEmail;
    private String password;
    private String token;

    public void request() {
        profiles.requestEmailChange(user.id(), password, newEmail);
        Faces.done("account_email.check_mail", urls.pathIn(page.getLanguage()));
    }

    public void confirm() {
        profiles.confirmEmailChange(token);
        Faces.done("account_email.done", "/" + page.getLanguage() + "/account/login");
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
