package org.consulta.web.frame;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.consulta.kernel.ContentStamp;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Public pages as anonymous readers get them, rendered once and served again while nothing was
 * written: an entry is kept with the {@link ContentStamp} read before it was rendered, and served only
 * while the stamp is unchanged (so a new comment, a moderation decision or a translation is on the
 * next reader's page, whichever instance wrote it) and for at most {@code consulta.page-cache.seconds}
 * (what depends on the clock alone, such as a consultation's opening, waits that long at most). Readers
 * who arrive while a page is being rendered wait for that rendering instead of repeating it. Each
 * response gets a fresh CSP nonce. Signed-in people, sessions and requests with cookies other than the
 * language choice are never served from here.
 */
@ApplicationScoped
public class PageCache {

    private static final long WAIT_SECONDS = 10;
    private static final String PERSONAL = "consulta.personalPage";

    @Inject
    private ContentStamp stamps;
    @Inject
    @ConfigProperty(name = "consulta.page-cache.seconds", defaultValue = "10")
    private int seconds;
    @Inject
    @ConfigProperty(name = "consulta.page-cache.megabytes", defaultValue = "32")
    private int megabytes;

    private final Map<String, CachedPage> pages = new LinkedHashMap<>(256, 0.75f, true);
    private final ConcurrentHashMap<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();
    private long bytes;

    /** Renders the view for this request, or serves it again if it may be. */
    public void forward(HttpServletRequest request, HttpServletResponse response, String view)
            throws IOException, ServletException {
        OptionalLong stamp = seconds > 0 && applies(request) ? stamps.current() : OptionalLong.empty();
        if (stamp.isEmpty()) {
            request.getRequestDispatcher(view).forward(request, response);
            return;
        }
        String key = request.getRequestURI() + "?" + request.getQueryString();
        CachedPage page = fresh(key, stamp.getAsLong());
        if (page == null) {
            page = awaitOther(key, stamp.getAsLong());
        }
        if (page != null) {
            page.writeTo(response);
            return;
        }
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> other = rendering.putIfAbsent(key, mine);
        PageCapture capture = new PageCapture(response);
        CachedPage made = null;
        try {
            request.getRequestDispatcher(view).forward(request, capture);
            if (capture.keepable() && request.getSession(false) == null && request.getAttribute(PERSONAL) == null) {
                made = CachedPage.of(capture, stamp.getAsLong(), System.nanoTime());
                keep(key, made);
            }
        } finally {
            if (other == null) {
                mine.complete(made);
                rendering.remove(key, mine);
            }
        }
        capture.release();
    }

    /** Marks the page being rendered as one reader's own (it holds a token): it is not kept. */
    static void personal(jakarta.servlet.ServletRequest request) {
        request.setAttribute(PERSONAL, Boolean.TRUE);
    }

    private static boolean applies(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getSession(false) != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!CurrentPage.LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    private CachedPage awaitOther(String key, long stamp) throws IOException {
        CompletableFuture<CachedPage> other = rendering.get(key);
        if (other == null) {
            return null;
        }
        try {
            CachedPage page = other.get(WAIT_SECONDS, TimeUnit.SECONDS);
            return page != null && page.stamp() == stamp ? page : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return null; // that rendering failed or is slow: this reader renders for itself
        }
    }

    private synchronized CachedPage fresh(String key, long stamp) {
        CachedPage page = pages.get(key);
        return page != null && page.stamp() == stamp && page.youngerThan(seconds, System.nanoTime()) ? page : null;
    }

    private synchronized void keep(String key, CachedPage page) {
        long limit = megabytes * 1024L * 1024L;
        if (page.size() > limit / 8) {
            return;
        }
        CachedPage old = pages.put(key, page);
        bytes += page.size() - (old == null ? 0 : old.size());
        var eldest = pages.entrySet().iterator();
        while (bytes > limit && eldest.hasNext()) {
            bytes -= eldest.next().getValue().size();
            eldest.remove();
        }
    }
}
