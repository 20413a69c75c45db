package org.consulta.demo;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real WAR started as the README's run command and the Docker image start it ({@code docker/payara.sh}:
 * its own Payara Micro, a fresh H2 database, the demo seeded), watched from the first second.
 * Readiness is honest: never UP while the page is not served, and once UP, every page answers. And
 * nothing but HTTP is reachable from the network: Payara's data grid listens on loopback only, under a
 * cluster name of its own, so a client with Hazelcast's default name gets nothing.
 */
class RunCommandIT {

    private static final Pattern GRID = Pattern.compile("DataGrid: (\\S+) .*Address: /([0-9.]+):(\\d+)");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static Process server;
    private static int port;
    private static Path log;
    private static final List<String> POLLS = new ArrayList<>();
    private static boolean readySeen;
    private static String notServedWhileReady;

    @BeforeAll
    static void startAsTheReadmeDoes() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path data = Files.createTempDirectory(Path.of("target"), "run-command");
        log = data.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder("bash", "docker/payara.sh", "target/payara-micro.jar",
                "target/consulta.war", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CONSULTA_"));
        builder.environment().put("CONSULTA_DATA_DIR", data.toAbsolutePath().toString());
        server = builder.start();
        String base = "http://127.0.0.1:" + port + "/";
        int pagesAfterReady = 0;
        long deadline = System.currentTimeMillis() + 240_000;
        while (pagesAfterReady < 20 && System.currentTimeMillis() < deadline && server.isAlive()) {
            int ready = status(base + "health/ready");
            int page = status(base + "en/r/demo/");
            POLLS.add(ready + "/" + page);
            readySeen |= ready == 200;
            if (readySeen) {
                if (page != 200 && notServedWhileReady == null) {
                    notServedWhileReady = ready + "/" + page;
                }
                pagesAfterReady++;
            } else {
                Thread.sleep(100);
            }
        }
        System.out.println("Start-up, readiness/page every 100 ms: " + String.join(" ", compress(POLLS)));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void readyOnlyOncePagesAreServed() {
        assertTrue(readySeen, "ready within four minutes; polls (ready/page): " + POLLS);
        assertEquals(null, notServedWhileReady, "once ready, every page is served; polls: " + POLLS);
        assertTrue(POLLS.stream().anyMatch(p -> !p.startsWith("200")), "polled before readiness: " + POLLS);
    }

    @Test
    void nothingButHttpListensBeyondLoopback() throws Exception {
        assertTrue(readySeen, "started");
        List<String> sockets = listeningSocketsOf(server.pid());
        String grid = ":" + gridPort();
        assertTrue(sockets.stream().anyMatch(s -> s.endsWith(grid)), "the grid is among them: " + sockets);
        for (String socket : sockets) {
            if (!socket.endsWith(":" + port)) {
                assertTrue(socket.startsWith("127.") || socket.startsWith("[::ffff:127.") || socket.startsWith("[::1]"),
                        "only the HTTP port " + port + " may listen beyond loopback: " + sockets);
            }
        }
    }

    /**
     * What a person who typed the run command needs is the last thing it printed, right after Payara's
     * "ready" line, in one box that fits a screen: the address to open (on this port), where to sign in, every
     * one-time password, and, without SMTP, where the mails wait.
     */
    @Test
    void theAddressAndPasswordsComeLastInOneBox() throws Exception {
        assertTrue(readySeen, "started");
        List<String> lines = Files.readAllLines(log);
        int ready = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(".*Payara Micro .* ready in [0-9,.]+ \\(ms\\).*")) {
                ready = i;
            }
        }
        assertTrue(ready > 100, "Payara's ready line, after the start-up log: " + ready);
        int start = ready + 1;
        while (start < lines.size() && lines.get(start).isBlank()) {
            start++;
        }
        assertTrue(start < lines.size() && lines.get(start).matches("={60,}"), "the box follows the ready line: "
                + lines.subList(ready, Math.min(lines.size(), ready + 4)));
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).matches("={60,}")) {
            end++;
        }
        assertTrue(end < lines.size(), "the box is closed");
        String box = String.join("\n", lines.subList(start, end + 1));
        assertTrue(end - start <= 20, "it fits a screen: " + box);
        assertTrue(box.contains("open http://localhost:" + port + "/en/r/demo/"), box);
        assertTrue(box.contains("Sign in at http://localhost:" + port + "/en/account/login"), box);
        for (String role : List.of("PLATFORM ADMIN", "ADMINISTRATOR", "MODERATOR", "FORUM_MEMBER/GOVERNMENT",
                "FORUM_MEMBER/CIVIL_SOCIETY", "PARTICIPANT")) {
            assertTrue(box.contains(role), role + " in " + box);
        }
        assertTrue(box.contains("No SMTP server is configured") && box.contains("/en/admin/outbox"), box);
        assertEquals(1, lines.stream().filter(l -> l.contains("One-time passwords")).count(), "printed once, in the box");
    }

    /**
     * Without SMTP (the run command's default) a newcomer confirms an account with the platform administrator
     * only: the one-time password from the box, then the header's outbox link, the administration's notice,
     * a search by the address, the mail as a page, and its link followed.
     */
    @Test
    void withoutSmtpAnAccountIsConfirmedThroughTheOutbox() throws Exception {
        assertTrue(readySeen, "started");
        // the address the box gives: the container's redirects and the mails' links name it, so cookies follow
        String base = "http://localhost:" + port + "/";
        Matcher admin = Pattern.compile("(\\S+@\\S+)\\s+PLATFORM ADMIN\\s+(\\S+)").matcher(Files.readString(log));
        assertTrue(admin.find(), "the platform administrator's line");
        try (org.htmlunit.WebClient newcomer = plainClient(); org.htmlunit.WebClient operator = plainClient()) {
            org.htmlunit.html.HtmlPage form = newcomer.getPage(base + "fr/account/register");
            String email = "nouvelle-" + System.nanoTime() + "@example.org";
            form.<org.htmlunit.html.HtmlInput>getHtmlElementById("register:name").setValue("Nora Nouvelle");
            form.<org.htmlunit.html.HtmlInput>getHtmlElementById("register:email").setValue(email);
            form.<org.htmlunit.html.HtmlInput>getHtmlElementById("register:password").setValue("une phrase de passe assez longue");
            form.<org.htmlunit.html.HtmlSubmitInput>getHtmlElementById("register:submit").click();

            org.htmlunit.html.HtmlPage login = operator.getPage(base + "en/account/login");
            login.<org.htmlunit.html.HtmlInput>getHtmlElementById("login:email").setValue(admin.group(1));
            login.<org.htmlunit.html.HtmlInput>getHtmlElementById("login:password").setValue(admin.group(2));
            org.htmlunit.html.HtmlPage change = login.<org.htmlunit.html.HtmlSubmitInput>getHtmlElementById("login:submit").click();
            change.<org.htmlunit.html.HtmlInput>getHtmlElementById("password:current").setValue(admin.group(2));
            change.<org.htmlunit.html.HtmlInput>getHtmlElementById("password:replacement").setValue("the operator's own long passphrase");
            org.htmlunit.html.HtmlPage home = change.<org.htmlunit.html.HtmlSubmitInput>getHtmlElementById("password:submit").click();

            org.htmlunit.html.HtmlAnchor outboxLink = home.getFirstByXPath("//div[@class='account-links']//a[contains(@href, '/admin/outbox')]");
            assertTrue(outboxLink != null, "the header links the outbox: " + home.asNormalizedText());
            org.htmlunit.html.HtmlPage platform = operator.getPage(base + "en/admin/repositories");
            assertTrue(platform.getElementById("no-smtp").asNormalizedText().contains("No SMTP server is configured"), "the administration says so");

            org.htmlunit.html.HtmlPage found = null;
            List<org.htmlunit.html.HtmlTableRow> rows = List.of();
            // mails leave through the queue, a few seconds after the registration
            for (long until = System.currentTimeMillis() + 60_000; rows.isEmpty() && System.currentTimeMillis() < until; Thread.sleep(500)) {
                org.htmlunit.html.HtmlPage outbox = outboxLink.click();
                outbox.<org.htmlunit.html.HtmlInput>getHtmlElementById("to").setValue(email.substring(0, 14).toUpperCase(java.util.Locale.ROOT));
                found = outbox.<org.htmlunit.html.HtmlElement>getFirstByXPath("//form[@role='search']//button").click();
                rows = found.getByXPath("//table/tbody/tr");
            }
            assertEquals(1, rows.size(), "only the newcomer's mail, whatever the case typed: " + found.asNormalizedText());
            org.htmlunit.html.HtmlPage mail = rows.get(0).<org.htmlunit.html.HtmlAnchor>getFirstByXPath(".//a").click();
            org.htmlunit.html.HtmlAnchor confirmation = mail.getFirstByXPath("//pre//a[contains(@href, '/account/confirm?token=')]");
            assertTrue(confirmation != null, "the mail's link is a link: " + mail.asNormalizedText());

            org.htmlunit.html.HtmlPage confirm = newcomer.getPage(confirmation.getHrefAttribute());
            confirm.<org.htmlunit.html.HtmlInput>getHtmlElementById("confirm:password").setValue("une phrase de passe assez longue");
            org.htmlunit.html.HtmlPage confirmed = confirm.<org.htmlunit.html.HtmlSubmitInput>getHtmlElementById("confirm:submit").click();
            assertTrue(confirmed.asNormalizedText().contains("Votre adresse est confirmée"), confirmed.asNormalizedText());
        }
    }

    private static org.htmlunit.WebClient plainClient() {
        return org.consulta.testing.Discussion.anonymous();
    }

    /** The run command shows no server banner and keeps Payara's /metrics (heap, threads, pools) closed. */
    @Test
    void noBannerAndNoMetricsForTheWorld() throws Exception {
        assertTrue(readySeen, "started");
        HttpResponse<Void> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/en/")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertTrue(page.headers().firstValue("Server").isEmpty() && page.headers().firstValue("X-Powered-By").isEmpty(),
                "no banner: " + page.headers().map());
        int metrics = status("http://127.0.0.1:" + port + "/metrics");
        assertTrue(metrics == 403 || metrics == 404, "/metrics answered " + metrics);
    }

    /**
     * Pages and the components' scripts travel compressed to a browser that accepts it (the scripts of a chart
     * weigh about a megabyte as they are, a quarter of it compressed), and whole to a client that does not.
     */
    @Test
    void pagesAndScriptsAreCompressedForBrowsersThatAcceptIt() throws Exception {
        assertTrue(readySeen, "started");
        // HTTP/1.1 as a browser speaks it without TLS (Java's client would otherwise ask to upgrade to h2c)
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        for (String path : List.of("/fr/r/demo/", "/jakarta.faces.resource/components.js.xhtml?ln=primefaces")) {
            HttpResponse<byte[]> zipped = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""), path + " " + zipped.statusCode() + " " + zipped.headers().map());
            byte[] body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body())).readAllBytes();
            HttpResponse<byte[]> whole = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertTrue(whole.headers().firstValue("Content-Encoding").isEmpty(), path + " whole to a client that asks nothing");
            assertTrue(zipped.body().length * 2 < body.length && body.length > 1024, path + ": " + zipped.body().length + " of " + body.length);
        }
    }

    /** The container's own redirects name the configured public address, never a forged Host header. */
    @Test
    void theContainersRedirectsIgnoreAForgedHost() throws Exception {
        assertTrue(readySeen, "started");
        for (String path : List.of("/views;x/", "/views")) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: evil.test\r\nConnection: close\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
                assertFalse(head.toLowerCase(java.util.Locale.ROOT).contains("evil.test"), path + ": " + head);
                assertFalse(head.startsWith("HTTP/1.1 200"), path + " is no page: " + head);
            }
        }
    }

    @Test
    void aDataGridClientWithTheDefaultClusterNameGetsNothing() throws Exception {
        assertTrue(readySeen, "started");
        Matcher grid = grid();
        assertFalse("dev".equals(grid.group(1)) || "development".equals(grid.group(1)), grid.group(1));
        assertEquals("127.0.0.1", grid.group(2), "bound to loopback");

        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> client("dev").shutdown(), "Hazelcast's default cluster name is refused");
        System.out.println("A client named dev: " + refused);
        assertThrows(RuntimeException.class, () -> client("development").shutdown(), "and Payara's default too");

        // the same client with the name this start drew does connect: the refusals above are the name's doing
        HazelcastInstance insider = client(grid.group(1));
        try {
            assertTrue(insider.getLifecycleService().isRunning());
        } finally {
            insider.shutdown();
        }
    }

    private static HazelcastInstance client(String clusterName) {
        ClientConfig config = new ClientConfig();
        config.setClusterName(clusterName);
        config.getNetworkConfig().addAddress("127.0.0.1:" + gridPort());
        config.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(4_000);
        config.setProperty("hazelcast.logging.type", "none");
        return HazelcastClient.newHazelcastClient(config);
    }

    private static int gridPort() {
        return Integer.parseInt(grid().group(3));
    }

    private static Matcher grid() {
        Matcher m;
        try {
            m = GRID.matcher(Files.readString(log));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(m.find(), "the server log names its data grid");
        return m;
    }

    /** Local addresses of the TCP and UDP sockets the process listens on, as {@code ss} shows them. */
    private static List<String> listeningSocketsOf(long pid) throws Exception {
        Process ss = new ProcessBuilder("ss", "-H", "-ltunp").redirectErrorStream(true).start();
        String out = new String(ss.getInputStream().readAllBytes());
        ss.waitFor();
        List<String> sockets = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.contains("pid=" + pid + ",")) {
                sockets.add(line.trim().split("\\s+")[4]);
            }
        }
        return sockets;
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
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
