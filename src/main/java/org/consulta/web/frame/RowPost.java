package org.consulta.web.frame;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.consulta.kernel.Refusal;
import org.consulta.kernel.RefusedException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A plain form of a repeated row, as rendered and as posted: the bean ({@code row.on}) and action
 * ({@code row.act}) it names, the id of its item ({@code row.item}), the session's anti-forgery token
 * ({@code row.csrf}) and a token unique to the rendered form ({@code row.once}) that makes a repeated
 * submission (double click, retry) recognisable. When the action is refused, the row that was acted on
 * shows the message and keeps what was typed.
 */
@Named
@RequestScoped
public class RowPost {

    static final String CSRF = "consulta.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private String on;
    private String action;
    private Long item;
    private Refusal refusal;

    /** Reads a posted row form; false when the request is not one. */
    boolean read(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || request.getParameter("row.on") == null) {
            return false;
        }
        on = request.getParameter("row.on");
        action = request.getParameter("row.act");
        String id = request.getParameter("row.item");
        item = id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
        return true;
    }

    /** The session's token equals the posted one (a form of another site, or of an ended session, does not). */
    boolean genuine(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CSRF);
        String posted = request.getParameter("row.csrf");
        return expected != null && posted != null && item != null && action != null
                && MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.US_ASCII),
                posted.getBytes(StandardCharsets.US_ASCII));
    }

    public String getOn() { return on; }
    public String action() { return action; }
    public long item() { return item; }

    /** A posted field of the row form, null when absent. */
    public String value(String name) {
        return Faces.request().getParameter(name);
    }

    /** The submission token of the posted form: the same for every copy of one submission. */
    public String once() {
        return submitted();
    }

    /**
     * The submission token a form of this request carried ({@code row.once}, also inside JSF forms that
     * post contributions); null when there is none or it is not one of ours.
     */
    public static String submitted() {
        String once = Faces.request().getParameter("row.once");
        return once != null && once.matches("[A-Za-z0-9_-]{16,64}") ? once : null;
    }

    /** What a bean throws for an action it does not have: nothing done, the page says so. */
    public RuntimeException unknown() {
        return new RefusedException("frame.row.unknown");
    }

    void refused(Refusal refusal) {
        this.refusal = refusal;
    }

    /** Whether the posted, refused form was this row's: its message and typed values are shown there. */
    public boolean isRefused(String act, long id) {
        return refusal != null && action != null && (act.equals(action) || action.startsWith(act + "."))
                && item != null && item == id;
    }

    /** What the person typed into {@code name} of this row's refused form, else {@code fallback}. */
    public String typed(String act, long id, String name, String fallback) {
        return isRefused(act, id) && value(name) != null ? value(name) : fallback;
    }

    public Refusal getRefusal() { return refusal; }

    /** The session's anti-forgery token, made on first use; forms of rows are only shown to signed-in people. */
    public String getCsrf() {
        HttpSession session = Faces.request().getSession(false);
        if (session == null) {
            return "";
        }
        Object token = session.getAttribute(CSRF);
        if (token == null) {
            token = random();
            session.setAttribute(CSRF, token);
        }
        return token.toString();
    }

    /** A fresh submission token for one rendered form. */
    public String getOnceToken() {
        PageCache.personal(Faces.request()); // a page carrying a token of its own is never served to another
        return random();
    }

    /** The page the row form was posted from, below the context root, query included: where an action returns. */
    public String here() {
        Object path = Faces.request().getAttribute(RouteFilter.ACTION_PATH);
        return path == null ? "/" : path.toString();
    }

    /** Where row forms post: the address the visitor sees, query included. */
    public String getTarget() {
        HttpServletRequest request = Faces.request();
        Object path = request.getAttribute(RouteFilter.ACTION_PATH);
        return request.getContextPath() + (path == null ? "/" : path.toString());
    }

    private static String random() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
