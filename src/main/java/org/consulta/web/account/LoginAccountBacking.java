package org.consulta.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.SignInService;
import org.consulta.account.SignedIn;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;

/** {@code /views/account/login.xhtml}. A new session id at sign-in defeats session fixation. */
@Named
@RequestScoped
public class LoginAccountBacking {

    @Inject
    private SignInService signIn;
    @Inject
    private CurrentUser user;
    @Inject
    private org.consulta.web.frame.CurrentPage page;

    private String email;
    private String password;

    public void logIn() {
        SignedIn who = signIn.logIn(email, password, Faces.clientAddress());
        if (Faces.request().getSession(false) != null) {
            Faces.request().changeSessionId(); // a session from before signing in gets a new id (fixation)
        } // else the session signIn makes is new anyway: anonymous pages keep none
        user.signIn(who);
        // the language of the page one signs in from wins (the address's language comes first); the
        // account's saved language decides where no address says
        Faces.redirect("/" + page.getLanguage() + (who.mustChangePassword() ? "/account/password" : "/"));
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
