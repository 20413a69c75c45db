package org.consulta.web.frame;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.consulta.kernel.ClientAddress;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The endings backing beans share, on OmniFaces' utilities: a translated message, the confirmation kept
 * over a redirect, the client address. The redirect itself is the external context's: OmniFaces'
 * {@code Faces.redirect} formats the URL with {@code String.format}, and our paths may hold encoded {@code %}.
 */
public final class Faces {

    private Faces() {
    }

    public static void info(I18nView i18n, String key) {
        Messages.addGlobalInfo(i18n.text(key));
    }

    /**
     * The usual end of an action: its translated confirmation, kept over the redirect to {@code path}
     * (by whichever instance serves that page: see {@link KeptNotice}).
     */
    public static void done(String key, String path) {
        KeptNotice.keep(request(), (HttpServletResponse) org.omnifaces.util.Faces.getResponse(), key);
        redirect(path);
    }

    /** Redirects to a path below the context root, such as {@code /fr/account/login}. */
    public static void redirect(String path) {
        try {
            org.omnifaces.util.Faces.getExternalContext().redirect(org.omnifaces.util.Faces.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HttpServletRequest request() {
        return org.omnifaces.util.Faces.getRequest();
    }

    public static String clientAddress() {
        return ClientAddress.of(request());
    }
}
