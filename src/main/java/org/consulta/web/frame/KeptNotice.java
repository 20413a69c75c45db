package org.consulta.web.frame;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.consulta.i18n.MessageCatalog;

import java.util.regex.Pattern;

/**
 * The confirmation of an action ("Saved."), carried over its redirect to the page that shows it. It
 * travels as a short cookie naming the message's bundle key, never its text, and is read only as a key
 * of our own bundle, so the page after the redirect may be served by any instance of a cluster and
 * shows the message in its own language. JSF's flash is not used: Mojarra keeps flash contents in the
 * memory of the instance that set them.
 */
public class KeptNotice implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "consulta_done";
    private static final Pattern KEY = Pattern.compile("[a-z_]{1,40}(\\.[a-z0-9_]{1,60}){1,3}");

    /** Keeps {@code key} for the next page this browser renders (within a minute). */
    static void keep(HttpServletRequest request, HttpServletResponse response, String key) {
        if (KEY.matcher(key).matches()) {
            response.addCookie(cookie(request, key, 60));
        }
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                ((HttpServletResponse) context.getExternalContext().getResponse()).addCookie(cookie(request, "", 0));
                String key = cookie.getValue();
                I18nView i18n = CDI.current().select(I18nView.class).get();
                if (key != null && KEY.matcher(key).matches()
                        && CDI.current().select(MessageCatalog.class).get().has(i18n.getLanguage(), key)) {
                    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, i18n.text(key), null));
                }
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // shown while rendering
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSecure(SecureTransport.isHttps(request));
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
