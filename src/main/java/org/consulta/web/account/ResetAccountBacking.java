package org.consulta.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.PasswordService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.Faces;

/** {@code /views/account/reset.xhtml}: ask for a link, or (with the link's token) set a new password. */
@Named
@RequestScoped
public class ResetAccountBacking {

    @Inject
    private PasswordService passwords;
    @Inject
    private CurrentPage page;

    private String email;
    private String token;
    private String replacement;

    public void requestLink() {
        passwords.requestReset(email, Faces.clientAddress(), page.getLanguage());
        Faces.done("account_reset.link_sent", "/" + page.getLanguage() + "/account/login");
    }

    public void reset() {
        passwords.resetPassword(token, replacement);
        // whoever was signed in in this browser (another account, or this one) signs in again
        jakarta.servlet.http.HttpSession session = Faces.request().getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Faces.done("account_reset.done", "/" + page.getLanguage() + "/account/login");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }
}
