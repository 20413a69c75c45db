package org.consulta.web.frame;

import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.Csv;
import org.consulta.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Public URLs over real HTTP: language negotiation, translated errors, headers, health. */
class PublicPagesIT extends AgainstDeployedWar {



    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theRootRedirectsToTheBrowsersLanguage() throws Exception {
        HttpResponse<String> response = get("", "es-AR,es;q=0.9,en;q=0.5", null);
        assertEquals(302, response.statusCode());
        assertTrue(location(response).endsWith("/es/"), location(response));
    }

    @Test
    void theSavedChoiceWinsOverTheBrowser() throws Exception {
        HttpResponse<String> response = get("r/demo/", "en", "consulta_lang=fr");
        assertEquals(302, response.statusCode());
        assertTrue(location(response).endsWith("/fr/r/demo/"), location(response));
    }

    @Test
    void aRepositoryPageIsInTheLanguageOfItsUrl() throws Exception {
        HttpResponse<String> response = get("fr/r/demo/plans/2025-2027/", "en", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\""), "html lang");
        assertTrue(response.body().contains("Commande publique ouverte de bout en bout"));
        assertTrue(response.body().contains("3 engagements"));
        assertFalse(response.body().contains("Skip to content"), "English text on a French page");
        assertTrue(response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("consulta_lang=fr")));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        String email = "cookie-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "une clé d’accès très française"; // accents: a stateless sign-in page still reads UTF-8
        TestDatabase.createAccount(email, "Camille Cookie", password, false, "fr");
        try (org.htmlunit.WebClient person = new org.htmlunit.WebClient()) {
            person.getOptions().setJavaScriptEnabled(false);
            person.getOptions().setRedirectEnabled(false); // the sign-in's own answer sets the session cookie
            person.getOptions().setThrowExceptionOnFailingStatusCode(false);
            org.htmlunit.html.HtmlPage login = person.getPage(base + "fr/account/login");
            login.<org.htmlunit.html.HtmlInput>getHtmlElementById("login:email").setValue(email);
            login.<org.htmlunit.html.HtmlInput>getHtmlElementById("login:password").setValue(password);
            org.htmlunit.Page signedIn = login.<org.htmlunit.html.HtmlSubmitInput>getHtmlElementById("login:submit").click();
            assertEquals(302, signedIn.getWebResponse().getStatusCode(), "signed in, with an accented password");
            String cookie = signedIn.getWebResponse().getResponseHeaders().stream()
                    .filter(h -> h.getName().equalsIgnoreCase("Set-Cookie") && h.getValue().startsWith("JSESSIONID"))
                    .map(org.htmlunit.util.NameValuePair::getValue).findFirst().orElse("(no session cookie)");
            assertTrue(cookie.contains("HttpOnly"), cookie);
            assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        }
    }

    @Test
    void anonymousReadersOfEveryPublicPageGetNoSession() throws Exception {
        String commitment = get("en/r/demo/plans/2025-2027/C1", null, null).body();
        java.util.regex.Matcher consultation = java.util.regex.Pattern.compile("consultations/(\\d+)").matcher(commitment);
        assertTrue(consultation.find(), "the commitment links its consultation");
        java.util.regex.Matcher ballot = java.util.regex.Pattern.compile("forum/ballots/(\\d+)").matcher(get("en/r/demo/forum", null, null).body());
        assertTrue(ballot.find(), "the forum links its ballots");
        for (String path : List.of("en/", "fr/r/demo/", "es/r/demo/plans/2025-2027/", "en/r/demo/plans/2025-2027/C1",
                "fr/r/demo/plans/2025-2027/C1?order=NEWEST", "en/r/demo/consultations/" + consultation.group(1), "en/r/demo/forum",
                "fr/r/demo/forum/ballots/" + ballot.group(1), "en/r/demo/ogp", "es/r/demo/transparency",
                "en/r/demo/search?q=contracts", "fr/account/login", "es/account/register", "en/nothing/here")) {
            HttpResponse<String> page = get(path, "fr", null);
            assertTrue(page.statusCode() == 200 || path.contains("nothing"), page.statusCode() + " " + path);
            assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    path + " opened a session: " + page.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void securityHeadersAreOnEveryPage() throws Exception {
        HttpResponse<String> response = get("es/r/demo/", null, null);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(response.headers().allValues("Content-Security-Policy").stream().anyMatch(v -> v.contains("frame-ancestors 'none'")));
        assertTrue(response.headers().allValues("Content-Security-Policy").stream().anyMatch(v -> v.contains("script-src")));
    }

    @Test
    void anUnknownRepositoryAnswersATranslated404() throws Exception {
        HttpResponse<String> response = get("fr/r/no-such-repository/", "en", null);
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page introuvable"), response.body());
        assertNoStackTrace(response);
    }

    @Test
    void anUnknownPathAnswersA404InTheBrowsersLanguage() throws Exception {
        HttpResponse<String> response = get("nothing/here", "es", null);
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Página no encontrada"), response.body());
    }

    @Test
    void viewsAreNotServedUnderTheirOwnPath() throws Exception {
        assertEquals(404, get("views/platform/home.xhtml", null, null).statusCode());
    }

    @Test
    void anExpiredFormIsExplainedInTheVisitorsLanguage() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "es/r/demo/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                // what a form left open past its session posts: its old view state and PrimeFaces' CSP nonce
                .POST(HttpRequest.BodyPublishers.ofString("f=f&jakarta.faces.ViewState=stale%3A123&primefaces.nonce="
                        + java.util.UUID.randomUUID())).build();
        HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
        assertTrue(response.body().contains("Esta página ha caducado"), response.body());
        assertNoStackTrace(response);
    }

    @Test
    void readinessIsUpWhileTheDatabaseAnswers() throws Exception {
        URI health = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/health/ready");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"database\"") && response.body().contains("\"UP\""), response.body());
    }

    @Test
    void anUploadOverTheContainersLimitGetsAPageInTheVisitorsLanguageNotTheContainers() throws Exception {
        byte[] head = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"annexes.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] body = java.util.Arrays.copyOf(head, 60 * 1024 * 1024); // 60 MB, over the 50 MB the container takes
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + "fr/r/demo/plans/2025-2027/edit"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, refused.statusCode(), "sent on to a page of its own");
        assertTrue(location(refused).endsWith("/fr/upload-too-large?back=%2Ffr%2Fr%2Fdemo%2Fplans%2F2025-2027%2Fedit"),
                location(refused));
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.toURI().resolve(location(refused))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(page.body().contains("Ce fichier est trop volumineux") && page.body().contains("Revenir au formulaire"),
                page.body());
        assertTrue(page.body().contains("lang=\"fr\"") && page.body().contains("/fr/r/demo/plans/2025-2027/edit\""),
                "in French, leading back to the form");
        String elsewhere = get("fr/upload-too-large?back=//evil.example/", null, null).body();
        assertFalse(elsewhere.contains("href=\"//evil.example") || elsewhere.contains("href=\"/consulta//evil"), "never leads elsewhere");
        assertNoStackTrace(page);
    }

    private HttpResponse<String> get(String path, String acceptLanguage, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(none)");
    }

    private static void assertNoStackTrace(HttpResponse<String> response) {
        for (String trace : new String[]{"Exception:", "Caused by", "at org.", "at java.", "at com.sun"}) {
            assertFalse(response.body().contains(trace), "stack trace leaked: " + trace);
        }
    }

    @Test
    void theConsultationReportExportsAsCsvThatRoundTripsAccentsCommasAndQuotes() throws Exception {
        String page = get("es/r/demo/plans/2025-2027/C1", null, null).body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/consultations/(\\d+)").matcher(page);
        assertTrue(link.find(), "the commitment page links its consultation");
        HttpResponse<String> report = get("es/r/demo/consultations/" + link.group(1), null, null);
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("4 contribuciones") && report.body().contains("1 con respuesta"), "figures of the demo");
        HttpResponse<byte[]> csv = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                base.toURI().resolve("reports/demo/" + link.group(1) + ".csv?lang=es")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("text/csv;charset=UTF-8", csv.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFcommitment,"), "UTF-8 with a byte-order mark for spreadsheets");
        List<List<String>> rows = Csv.parse(text.substring(1));
        assertEquals(5, rows.size(), "a header and the four public contributions (the hidden ones are left out): " + rows);
        assertFalse(text.contains("Jorge Ruiz") || text.contains("ofertas.example"), "hidden contributions are not exported");
        List<String> paula = rows.stream().filter(r -> r.get(6).startsWith("También")).findFirst().orElseThrow();
        assertEquals("También hay que publicar los pagos, no solo la adjudicación.", paula.get(6), "accents and commas survive");
        assertEquals("PARTLY_ACCEPTED", paula.get(7));
        assertTrue(paula.get(10).startsWith("Publicaremos los pagos de los contratos nuevos desde 2026;"), paula.get(10));
    }
}
