package org.consulta.web.frame;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.consulta.account.SignedIn;

/**
 * Who is signed in, kept as one attribute of the HTTP session. Reading it never creates a session,
 * so anonymous readers of public pages cost no server memory (nor replication in a cluster).
 * Services receive the id and check roles themselves.
 */
@Named("user")
@RequestScoped
public class CurrentUser {

    private static final String ATTRIBUTE = "consulta.signedIn";

    @Inject
    private HttpServletRequest request;
    @Inject
    private org.consulta.account.SignInService signIns;

    private boolean checked;

    public void signIn(SignedIn who) {
        request.getSession(true).setAttribute(ATTRIBUTE, who);
        checked = true;
    }

    /**
     * The session's person, checked once per request against the account: a session opened before the
     * password was changed or reset (on any instance) ends here, and its holder is a visitor again.
     */
    private SignedIn signedIn() {
        HttpSession session = request.getSession(false);
        SignedIn who = session == null ? null : (SignedIn) session.getAttribute(ATTRIBUTE);
        if (who != null && !checked) {
            checked = true;
            if (!signIns.stillSignedIn(who)) {
                session.invalidate();
                return null;
            }
        }
        return who;
    }

    public boolean isSignedIn() {
        return signedIn() != null;
    }

    /** The account id for service calls; null when nobody is signed in (services refuse it). */
    public Long id() {
        SignedIn who = signedIn();
        return who == null ? null : who.accountId();
    }

    public String getName() {
        SignedIn who = signedIn();
        return who == null ? null : who.displayName();
    }

    public String getLanguage() {
        SignedIn who = signedIn();
        return who == null ? null : who.language();
    }

    public boolean isMustChangePassword() {
        SignedIn who = signedIn();
        return who != null && who.mustChangePassword();
    }

    public boolean isPlatformAdmin() {
        SignedIn who = signedIn();
        return who != null && who.platformAdmin();
    }
}
