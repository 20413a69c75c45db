package org.consulta.web.frame;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import org.consulta.account.SignedIn;

import java.io.Serializable;

/** Who is signed in on this session, if anyone. Services receive the id and check roles themselves. */
@Named("user")
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private SignedIn signedIn;

    public void signIn(SignedIn who) {
        this.signedIn = who;
    }

    public boolean isSignedIn() {
        return signedIn != null;
    }

    /** The account id for service calls; null when nobody is signed in (services refuse it). */
    public Long id() {
        return signedIn == null ? null : signedIn.accountId();
    }

    public String getName() {
        return signedIn == null ? null : signedIn.displayName();
    }

    public String getLanguage() {
        return signedIn == null ? null : signedIn.language();
    }

    public boolean isMustChangePassword() {
        return signedIn != null && signedIn.mustChangePassword();
    }

    public boolean isPlatformAdmin() {
        return signedIn != null && signedIn.platformAdmin();
    }
}
