package org.consulta.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.RegistrationService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.Faces;

/** {@code /views/account/confirm.xhtml}: the mailed link opens a page; only its button confirms (no change on GET). */
@Named
@RequestScoped
public class ConfirmAccountBacking {

    @Inject
    private RegistrationService registrations;
    @Inject
    private CurrentPage page;

    private String token;
    private String password;

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public void confirm() {
        registrations.confirmEmail(token, password);
        Faces.done("account_confirm.done", "/" + page.getLanguage() + "/account/login");
    }
}
