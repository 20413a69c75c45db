package org.consulta.kernel;

import org.consulta.testing.AgainstDeployedWar;
import org.consulta.testing.BackOffice;
import org.consulta.testing.Discussion;
import org.consulta.testing.TestDatabase;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL restarted (pg_ctlcluster, fast mode) under three writers and a reader: readiness goes DOWN
 * while it is away and UP after, readers get the translated 503 page with Retry-After (never a 500),
 * pages and writes succeed again within 10 s of the database being back, and every acknowledged
 * comment is in the database. Runs in CI's PostgreSQL pass (it needs the server it restarts).
 */
class DatabaseRestartIT extends AgainstDeployedWar {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theSiteComesBackWithinTenSecondsOfTheDatabaseAndLosesNothingAcknowledged() throws Exception {
        String db = System.getenv("CONSULTA_DB_URL");
        Assumptions.assumeTrue(db != null && db.startsWith("jdbc:postgresql://127.0.0.1"), "a local PostgreSQL to restart");
        String slug = "restart-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es"), "Ville qui redémarre");
        String admin = person("Alix Admin");
        TestDatabase.grant(admin, slug, "ADMINISTRATOR");
        String url = BackOffice.commitmentUnderConsultation(base.toString(), slug, admin, "Alix Admin");
        List<WebClient> writers = new ArrayList<>();
        for (String name : List.of("Ana", "Ben", "Chloé")) {
            writers.add(Discussion.signedIn(base.toString(), person(name)));
        }
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> pageStatuses = new ConcurrentHashMap<>();
        List<long[]> timeline = Collections.synchronizedList(new ArrayList<>()); // {at ms, ready status, page status}
        AtomicBoolean stop = new AtomicBoolean();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(5);
        final String page = url;
        for (int w = 0; w < writers.size(); w++) {
            WebClient writer = writers.get(w);
            int n = w;
            pool.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String text = "Écrit pendant le redémarrage " + slug + " " + n + "-" + i;
                    try {
                        HtmlPage after = Discussion.comment(writer, page, text);
                        if (after.getWebResponse().getStatusCode() == 200 && after.asNormalizedText().contains(text)) {
                            acknowledged.add(text);
                        }
                    } catch (Exception refused) {
                        // not acknowledged: the form could not be read or sent while the database was away
                    }
                }
                return null;
            });
        }
        long start = System.currentTimeMillis();
        List<long[]> readiness = Collections.synchronizedList(new ArrayList<>()); // {at ms, status}, polled on its own
        pool.submit(() -> {
            while (!stop.get()) {
                HttpResponse<String> ready = get(URI.create(base.toString()).resolve("/health/ready").toString());
                readiness.add(new long[]{System.currentTimeMillis() - start, ready == null ? 0 : ready.statusCode()});
                Thread.sleep(100);
            }
            return null;
        });
        pool.submit(() -> {
            while (!stop.get()) {
                int ready = readiness.isEmpty() ? 0 : (int) readiness.get(readiness.size() - 1)[1];
                HttpResponse<String> read = get(page);
                int shown = read == null ? 0 : read.statusCode();
                pageStatuses.merge(shown, 1, Integer::sum);
                if (shown == 503 && read.headers().firstValue("Retry-After").isEmpty()) {
                    problems.add("503 without Retry-After");
                }
                if (shown == 503 && !read.body().contains("redémarrage de sa base de données")) {
                    problems.add("503 without the translated explanation");
                }
                timeline.add(new long[]{System.currentTimeMillis() - start, ready, shown});
                Thread.sleep(200);
            }
            return null;
        });
        // the restart comes once the writers are writing (at least 3 s, and a first comment acknowledged)
        Thread.sleep(3000);
        for (long wait = System.currentTimeMillis() + 30_000; acknowledged.isEmpty() && System.currentTimeMillis() < wait; ) {
            Thread.sleep(100);
        }
        int before = acknowledged.size();
        restartPostgres();
        long back = System.currentTimeMillis() - start;
        long recovered = -1;
        int ackAtBack = acknowledged.size();
        while (System.currentTimeMillis() - start < back + 30_000) {
            int size = timeline.size();
            boolean pageOk = size > 0 && timeline.get(size - 1)[2] == 200 && timeline.get(size - 1)[0] > back;
            if (pageOk && acknowledged.size() > ackAtBack) {
                recovered = System.currentTimeMillis() - start - back;
                break;
            }
            Thread.sleep(100);
        }
        Thread.sleep(2000);
        stop.set(true);
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS));
        writers.forEach(WebClient::close);

        System.out.println("PostgreSQL restart: back at " + back + " ms; pages and writes again " + recovered
                + " ms later; page statuses " + pageStatuses + "; acknowledged " + acknowledged.size() + " (" + before
                + " before the restart); readiness/page timeline " + timeline.stream()
                .map(t -> t[0] + ":" + t[1] + "/" + t[2]).reduce((a, b) -> a + " " + b).orElse(""));
        assertTrue(recovered >= 0 && recovered <= 10_000, "pages and writes again within 10 s of the database: " + recovered);
        assertTrue(readiness.stream().anyMatch(t -> t[1] == 503), "readiness went DOWN while the database was away: "
                + readiness.stream().map(t -> t[0] + ":" + t[1]).toList());
        assertTrue(readiness.stream().filter(t -> t[0] < back - 4000).allMatch(t -> t[1] == 200), "UP before the restart");
        assertEquals(200, readiness.get(readiness.size() - 1)[1], "readiness UP again");
        assertTrue(!pageStatuses.containsKey(500), "never a 500: " + pageStatuses);
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(before > 0, "writes were acknowledged before the restart");
        for (String text : acknowledged) {
            assertEquals(1, Discussion.number("SELECT COUNT(*) FROM comment WHERE body = ?", text), "acknowledged, kept: " + text);
        }
    }

    private static void restartPostgres() throws Exception {
        String version;
        try (var versions = java.nio.file.Files.list(java.nio.file.Path.of("/etc/postgresql"))) {
            version = versions.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
        Process restart = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart")
                .inheritIO().start();
        assertEquals(0, restart.waitFor(), "pg_ctlcluster restart");
        for (int i = 0; i < 100; i++) {
            if (new ProcessBuilder("pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432").start().waitFor() == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("PostgreSQL did not come back");
    }

    private HttpResponse<String> get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception unreachable) {
            return null;
        }
    }

    private static String person(String name) throws Exception {
        String email = name.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestDatabase.createAccount(email, name, Discussion.PASSWORD, false, "fr");
        return email;
    }
}
