package org.consulta;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Readiness is honest: the real WAR started as the README runs it (its own Payara Micro, a fresh H2
 * database, the demo seeded), readiness and a page polled side by side from the first second: readiness
 * is never UP while the page is not served, and once UP, every page answers.
 */
class StartupReadinessIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void readyOnlyOncePagesAreServed() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path data = Files.createTempDirectory(Path.of("target"), "startup-data");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-Dmp.health.default.readiness.empty.response=DOWN",
                "-jar", "target/payara-micro.jar", "--deploy", "target/consulta.war", "--contextroot", "/",
                "--port", String.valueOf(port), "--nocluster", "--disablephonehome")
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CONSULTA_DB_"));
        builder.environment().put("CONSULTA_DATA_DIR", data.toAbsolutePath().toString());
        Process server = builder.start();
        List<String> polls = new ArrayList<>();
        try {
            String base = "http://127.0.0.1:" + port + "/";
            boolean readySeen = false;
            int pagesAfterReady = 0;
            long deadline = System.currentTimeMillis() + 240_000;
            while (pagesAfterReady < 20 && System.currentTimeMillis() < deadline && server.isAlive()) {
                int ready = status(base + "health/ready");
                int page = status(base + "en/r/demo/");
                polls.add(ready + "/" + page);
                if (ready == 200) {
                    readySeen = true;
                    assertTrue(page == 200, "ready, but the page answered " + page + "; polls (ready/page): " + polls);
                }
                if (readySeen) {
                    assertTrue(page == 200, "once ready, every page is served; polls: " + polls);
                    pagesAfterReady++;
                } else {
                    Thread.sleep(100);
                }
            }
            assertTrue(readySeen, "ready within four minutes; polls: " + polls);
            assertTrue(polls.stream().anyMatch(p -> !p.startsWith("200")), "polled before readiness: " + polls);
            System.out.println("Start-up, readiness/page every 100 ms: " + String.join(" ", compress(polls)));
        } finally {
            server.destroy();
            if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception notListening) {
            return 0;
        }
    }

    /** "0/0 ×12, 404/404 ×40, …": the sequence of states, each with how many polls it lasted. */
    private static List<String> compress(List<String> polls) {
        List<String> out = new ArrayList<>();
        String last = null;
        int count = 0;
        for (String p : polls) {
            if (p.equals(last)) {
                count++;
            } else {
                if (last != null) {
                    out.add(last + " ×" + count);
                }
                last = p;
                count = 1;
            }
        }
        out.add(last + " ×" + count);
        return out;
    }
}
