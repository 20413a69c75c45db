package org.consulta.web.frame;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The few JSF calls backing beans share: a translated message, a redirect, the client address. */
public final class Faces {

    private Faces() {
    }

    public static void info(I18nView i18n, String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, i18n.text(key), null));
    }

    /**
     * The usual end of an action: its translated confirmation, kept over the redirect to {@code path}
     * (by whichever instance serves that page: see {@link KeptNotice}).
     */
    public static void done(I18nView i18n, String key, String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        KeptNotice.keep(request(), (jakarta.servlet.http.HttpServletResponse) external.getResponse(), key);
        redirect(path);
    }

    /** Redirects to a path below the context root, such as {@code /fr/account/login}. */
    public static void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public static String clientAddress() {
        return org.consulta.kernel.ClientAddress.of(request());
    }
}
