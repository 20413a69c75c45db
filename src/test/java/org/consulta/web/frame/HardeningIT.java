package org.consulta.web.frame;

import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.TestDatabase;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a penetration test found open, probed again over HTTP against the real WAR: view files by their
 * own paths, postbacks sent as GET, cross-site posts, signed-in pages kept by caches, the container's
 * own answers without our headers, HSTS believed from anyone.
 */
class HardeningIT extends AgainstDeployedWar {

    private static final List<String> VIEW_PATHS = List.of("//views/admin/outbox.xhtml", "/%2e/%76iews/admin/outbox.xhtml",
            "/views/admin/outbox.xhtml", "/./views/admin/outbox.xhtml", "/en/../views/admin/outbox.xhtml",
            "//views/r/home.xhtml", "/views/account/login.xhtml");

    private final HttpClient http = HttpClient.newHttpClient();

    /** Signed in with a one-time password, as a platform administrator: no view file answers, however written. */
    @Test
    void viewFilesAreNeverReachableByTheirOwnPathsNotEvenWithAOneTimePassword() throws Exception {
        String email = "otp-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestDatabase.createAccountWithOneTimePassword(email, "Ona Onetime", "Kq8pLm3RtZ9wKv4C");
        TestDatabase.makePlatformAdmin(email);
        String cookies;
        try (WebClient web = htmlClient()) {
            HtmlPage form = web.getPage(base + "en/account/login");
            ((HtmlInput) form.getHtmlElementById("login:email")).setValue(email);
            ((HtmlInput) form.getHtmlElementById("login:password")).setValue("Kq8pLm3RtZ9wKv4C");
            HtmlPage landing = ((HtmlElement) form.getHtmlElementById("login:submit")).click();
            assertTrue(landing.getUrl().getPath().endsWith("/en/account/password"), landing.getUrl().toString());
            // every cookie the browser holds, as a browser sends them (the session's id and its version)
            cookies = web.getCookieManager().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
        }
        for (String path : VIEW_PATHS) {
            Answer got = raw("GET", path, cookies, null);
            assertNotEquals(200, got.statusCode(), path + " answered: " + got.body());
            assertFalse(got.body().contains("Outbox") || got.body().contains("No mail server"), path + " shows the outbox");
        }
        Answer post = raw("POST", "//views/admin/repositories.xhtml", cookies, "x=y");
        assertNotEquals(200, post.statusCode());
        assertEquals(302, raw("GET", "/en/admin/outbox", cookies, null).statusCode(), "the route leads to the password page");
    }

    /** A postback written as a link (its view state in the query string) changes nothing: forms are posted. */
    @Test
    void aPostbackSentAsAQueryStringIsRefused() throws Exception {
        Answer got = raw("GET", "/en/account/login?login=login&login%3Aemail=a%40b.org"
                + "&login%3Apassword=x&login%3Asubmit=Sign+in&jakarta.faces.ViewState=stateless", null, null);
        assertEquals(405, got.statusCode());
        assertTrue(got.body().contains("Something went wrong") || got.body().contains("lang=\"en\""), "our translated page");
    }

    /** A post from another site is refused before any session is read or opened: the visitor's cookie stays. */
    @Test
    void aCrossSitePostIsRefusedAndLeavesTheSessionCookieAlone() throws Exception {
        String form = "login=login&login%3Aemail=a%40b.org&login%3Apassword=x&jakarta.faces.ViewState=stateless";
        for (String[] header : List.of(new String[] {"Origin", "http://evil.test"}, new String[] {"Sec-Fetch-Site", "cross-site"},
                new String[] {"Origin", "null"}, new String[] {"Referer", "http://evil.test/page"})) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + "en/account/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header(header[0], header[1])
                    .header("Cookie", "JSESSIONID=the-visitors-own-session")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, refused.statusCode(), header[0] + ": " + header[1]);
            assertTrue(refused.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    "the session cookie is not replaced: " + refused.headers().allValues("Set-Cookie"));
        }
        String own = base.toString().replaceAll("/$", "").replaceAll("(https?://[^/]+).*", "$1");
        HttpResponse<String> sameSite = http.send(HttpRequest.newBuilder(URI.create(base + "en/account/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", own)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertNotEquals(403, sameSite.statusCode(), "a post from this site's own page goes through");
    }

    @Test
    void signedInPagesAreNeverStoredAndPublicOnesMayBe() throws Exception {
        String email = "ns-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestDatabase.createAccount(email, "Nora Nostore", "a long enough passphrase", false, "en");
        try (WebClient web = htmlClient()) {
            assertFalse(String.valueOf(web.getPage(base + "en/r/demo/").getWebResponse().getResponseHeaderValue("Cache-Control"))
                    .contains("no-store"), "a public page may be kept");
            HtmlPage form = web.getPage(base + "en/account/login");
            ((HtmlInput) form.getHtmlElementById("login:email")).setValue(email);
            ((HtmlInput) form.getHtmlElementById("login:password")).setValue("a long enough passphrase");
            ((HtmlElement) form.getHtmlElementById("login:submit")).click();
            for (String page : List.of("en/account/settings", "en/r/demo/", "en/account/password")) {
                assertEquals("no-store", web.getPage(base + page).getWebResponse().getResponseHeaderValue("Cache-Control"), page);
            }
        }
    }

    /** The container's own refusals carry the platform's headers; TRACE is off. */
    @Test
    void theContainersOwnAnswersCarryTheHeaders() throws Exception {
        for (String path : List.of("/WEB-INF/web.xml", "/no-such-file.txt", "/views/errors/error.xhtml")) {
            Answer got = raw("GET", path, null, null);
            assertEquals(404, got.statusCode(), path);
            assertEquals("nosniff", got.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", got.headers().firstValue("X-Frame-Options").orElse(""), path);
        }
        assertEquals(405, raw("TRACE", "/en/", null, null).statusCode());
    }

    /** HSTS only over HTTPS: a TLS proxy's word for it counts when the proxy is trusted (loopback, in this test setup). */
    @Test
    void hstsIsSentOverHttpsAsATrustedProxyReportsIt() throws Exception {
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(base + "en/")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), "plain HTTP: none");
        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create(base + "en/"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(proxied.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
        assertTrue(proxied.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("consulta_lang"))
                .allMatch(c -> c.contains("Secure")), "the language cookie is Secure over HTTPS");
    }

    /** A request with the path exactly as written (no client-side normalisation), over a plain socket. */
    private Answer raw(String method, String path, String cookies, String form) throws Exception {
        String hostPort = base.getHost() + ":" + base.getPort();
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            String body = form == null ? "" : form;
            String request = method + " " + base.getPath().replaceAll("/$", "") + path + " HTTP/1.1\r\nHost: " + hostPort
                    + "\r\nConnection: close\r\n" + (cookies == null ? "" : "Cookie: " + cookies + "\r\n")
                    + (form == null ? "" : "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n")
                    + "\r\n" + body;
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return Answer.parse(answer);
        }
    }

    /** Status, headers and body of a raw HTTP/1.1 answer. */
    record Answer(int statusCode, java.net.http.HttpHeaders headers, String body) {
        static Answer parse(String answer) {
            int end = answer.indexOf("\r\n\r\n");
            String[] lines = answer.substring(0, Math.max(0, end)).split("\r\n");
            java.util.Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new java.util.ArrayList<>())
                            .add(lines[i].substring(colon + 1).trim());
                }
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), java.net.http.HttpHeaders.of(headers, (k, v) -> true),
                    end < 0 ? "" : answer.substring(end + 4));
        }
    }

    private static WebClient htmlClient() {
        WebClient client = new WebClient();
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setRedirectEnabled(true);
        return client;
    }
}
