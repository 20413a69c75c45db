package org.consulta.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.Csv;
import org.consulta.testing.TestDatabase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public JSON API over HTTP, as a data journalist's script uses it: translatable fields with their
 * status in the Accept-Language, cursor pages that stay stable while people write, only public content,
 * nothing of another repository, problem+json errors with a translated title, the rate limit, OpenAPI.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiIT extends AgainstDeployedWar {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void translatableFieldsComeInTheReadersLanguageWithTheirStatus() throws Exception {
        HttpResponse<String> spanish = get("api/v1/demo/plans", "es");
        assertEquals(200, spanish.statusCode());
        assertEquals("es", spanish.headers().firstValue("Content-Language").orElse(""));
        JsonObject plan = plans(spanish).stream().filter(p -> p.getString("slug").equals("2025-2027")).findFirst().orElseThrow();
        assertEquals("ORIGINAL", plan.getJsonObject("title").getString("status"));
        assertTrue(plan.getJsonObject("title").getString("value").startsWith("Tercer Plan"));
        JsonObject french = plans(get("api/v1/demo/plans", "fr-CA, fr;q=0.9")).stream()
                .filter(p -> p.getString("slug").equals("2025-2027")).findFirst().orElseThrow();
        assertEquals("HUMAN", french.getJsonObject("title").getString("status"));
        assertEquals("fr", french.getJsonObject("title").getString("language"));
        JsonObject english = plans(get("api/v1/demo/plans", "en")).stream()
                .filter(p -> p.getString("slug").equals("2023-2025")).findFirst().orElseThrow();
        assertEquals("ORIGINAL", english.getJsonObject("summary").getString("status"), "no English summary: the Spanish original, said so");
        assertEquals("es", english.getJsonObject("summary").getString("language"));
    }

    @Test
    @Order(2)
    void cursorPagesStayStableWhilePeopleWriteAndShowPublicContentOnly() throws Exception {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        long added = 0;
        try {
            do {
                JsonObject page = json(get("api/v1/demo/contributions?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), "en"));
                page.getJsonArray("data").getValuesAs(JsonObject.class).forEach(c -> ids.add(c.getJsonNumber("id").longValue()));
                assertFalse(page.toString().contains("ofertas.example") || page.toString().contains("Jorge Ruiz"), "hidden content");
                cursor = page.isNull("next") ? null : page.getString("next");
                if (added == 0) {
                    added = TestDatabase.copyComment("demo", "Escrito mientras alguien paginaba");
                }
            } while (cursor != null);
        } finally {
            if (added != 0) {
                // the demo is shared by the other test classes: leave it as they expect it
                TestDatabase.deleteComment(added);
            }
        }
        assertEquals(ids.stream().distinct().sorted().toList(), ids, "no repeats, no reordering");
        assertTrue(ids.contains(added), "what was written while paging comes at the end");
        String csv = new String(http.send(HttpRequest.newBuilder(URI.create(base + "open-data/demo/contributions.csv")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(ids.size() - 1, Csv.parse(csv.substring(1)).size() - 1, "the API and the open data agree (the added row removed since)");
    }

    @Test
    @Order(3)
    void anotherRepositoryGivesNothingOfThisOneAndErrorsAreTranslatedProblems() throws Exception {
        String slug = "api-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es"), "Espace vide");
        assertEquals(0, json(get("api/v1/" + slug + "/contributions", "fr")).getJsonArray("data").size());
        HttpResponse<String> missing = get("api/v1/no-such-space/plans", "fr");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("Introuvable.", json(missing).getString("title"));
        HttpResponse<String> bad = get("api/v1/demo/contributions?cursor=%21%21", "es");
        assertEquals(400, bad.statusCode());
        assertTrue(json(bad).getString("title").startsWith("Este cursor no es válido"));
        assertFalse(bad.body().contains("Exception"), "no stack trace");
        // MicroProfile OpenAPI is served at the server's root, beside the application's context
        HttpResponse<String> openapi = http.send(HttpRequest.newBuilder(base.toURI().resolve("/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/{repository}/contributions"), openapi.body());
    }

    @Test
    @Order(3)
    void everyDatasetOfTheDemoDownloadsWithItsDeclaredHeader() throws Exception {
        for (org.consulta.opendata.Dataset dataset : org.consulta.opendata.Dataset.values()) {
            HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(base + "open-data/demo/" + dataset.fileName()
                    + ".csv")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, file.statusCode(), dataset.fileName());
            List<List<String>> lines = Csv.parse(new String(file.body(), java.nio.charset.StandardCharsets.UTF_8).substring(1));
            assertEquals(dataset.header(List.of("fr", "es", "en")), lines.get(0), dataset.fileName());
            assertTrue(lines.size() > 1, dataset.fileName() + " of the demo has rows");
            assertTrue(lines.stream().allMatch(line -> line.size() == lines.get(0).size()), "every line as wide as the header");
        }
    }

    @Test
    @Order(4)
    void aClientOverTheLimitIsAskedToWait() throws Exception {
        int status = 200;
        for (int i = 0; i < 130 && status != 429; i++) {
            status = get("api/v1/demo/consultations", "en").statusCode();
        }
        assertEquals(429, status, "at most 120 a minute");
        HttpResponse<String> limited = get("api/v1/demo/consultations", "en");
        assertEquals("60", limited.headers().firstValue("Retry-After").orElse(""));
        assertTrue(json(limited).getString("title").startsWith("Too many requests"));
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertNotNull(response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<JsonObject> plans(HttpResponse<String> response) {
        return json(response).getJsonArray("data").getValuesAs(JsonObject.class);
    }
}
