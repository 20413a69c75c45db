package org.consulta.kernel;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.consulta.testing.BackOffice;
import org.consulta.testing.Discussion;
import org.consulta.testing.LocalCluster;
import org.consulta.testing.TestDatabase;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances as one platform ({@code docker/cluster-local.sh up 2}: PostgreSQL, Payara's data grid on
 * loopback, nginx round-robin without stickiness). A signed-in person may land on either instance, JSF
 * forms included; a write on one is read on the other; limits count across both; each mail and notice
 * goes out once though both run the schedules; killing one instance loses neither acknowledged writes
 * nor sessions, and it rejoins.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static LocalCluster cluster;
    private static String slug;
    private static String commitmentPath; // below the root, e.g. fr/r/x/plans/2026-2027/C1

    @BeforeAll
    static void up() throws Exception {
        long start = System.currentTimeMillis();
        cluster = LocalCluster.up(2);
        System.out.println("Cluster of 2 ready in " + (System.currentTimeMillis() - start) + " ms");
        assertTrue(cluster.log(1).contains("DataGrid: consulta-") && cluster.log(2).contains("Address: /127.0.0.1:" + (cluster.front - 999)),
                "both instances in one data grid");
    }

    @AfterAll
    static void down() throws Exception {
        if (cluster != null) {
            cluster.down();
        }
    }

    /** The data grid of each instance listens on loopback only: nothing of it is reachable from the network. */
    @Test
    @Order(0)
    void theDataGridListensOnLoopbackOnly() throws Exception {
        for (int instance = 1; instance <= 2; instance++) {
            int port = cluster.front + instance - 1000;
            List<String> bound = listeningAddresses(port);
            assertFalse(bound.isEmpty(), "instance " + instance + "'s grid listens on " + port);
            // 127.0.0.1, ::1, or 127.0.0.1 mapped into IPv6 (::ffff:127.0.0.1), as /proc/net writes them
            assertTrue(bound.stream().allMatch(a -> a.equals("0100007F") || a.equals("00000000000000000000000001000000")
                            || a.equals("0000000000000000FFFF00000100007F")),
                    "grid port " + port + " bound to loopback only, found " + bound);
        }
    }

    /** The local addresses (as /proc/net/tcp writes them) of the sockets listening on this port. */
    private static List<String> listeningAddresses(int port) throws Exception {
        List<String> found = new java.util.ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = line.trim().split("\\s+");
                String[] local = columns[1].split(":");
                if ("0A".equals(columns[3]) && Integer.parseInt(local[1], 16) == port) {
                    found.add(local[0]);
                }
            }
        }
        return found;
    }

    @Test
    @Order(1)
    void aSignedInPersonIsTheSameOnEitherInstanceAndAFormOfOnePostsToTheOther() throws Exception {
        String email = "ines-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestDatabase.createAccountWithOneTimePassword(email, "Inès Grappe", "one-time-Pa55word");
        HttpClient person = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(5)).build();
        assertEquals(302, post(person, 1, "en/account/login", "login", Map.of("login:email", email,
                "login:password", "one-time-Pa55word", "login:submit", "x"), null).statusCode());

        // the password form is rendered (and its view kept) by instance 2, and sent to instance 1
        String form = get(person, cluster.instance(2) + "en/account/password").body();
        HttpResponse<String> changed = post(person, 1, "en/account/password", "password", Map.of("password:current",
                "one-time-Pa55word", "password:replacement", Discussion.PASSWORD, "password:submit", "x"), form);
        assertEquals(302, changed.statusCode(), changed.body());
        String next = get(person, cluster.instance(2) + URI.create(changed.headers().firstValue("Location").orElseThrow()).getPath().substring(1)).body();
        assertTrue(next.contains("Your password is changed."), "the confirmation, over the redirect, on the other instance");

        // and the other way round: a form of instance 1 sent to instance 2
        String settings = get(person, cluster.instance(1) + "en/account/settings").body();
        HttpResponse<String> asked = post(person, 2, "en/account/settings", "email", Map.of("email:newEmail", "new-" + email,
                "email:password", Discussion.PASSWORD, "email:submit", "x"), settings);
        assertEquals(302, asked.statusCode(), asked.body());
        assertTrue(get(person, cluster.instance(1) + "en/account/settings").body().contains("Check the new address"));

        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String base = List.of(cluster.instance(1), cluster.instance(2), cluster.balancer()).get(i % 3);
            HttpResponse<String> page = get(person, base + "en/account/settings");
            seen.add(page.statusCode() + (page.body().contains("id=\"account:logout\"") ? " signed in" : " visitor"));
        }
        assertEquals(Collections.nCopies(9, "200 signed in"), seen, "instance 1, 2, balancer, three times");
    }

    /** A hidden field of the form {@code id} on a rendered page. */
    private static String hidden(String page, String id, String name) {
        int form = page.indexOf("<form id=\"" + id + "\"");
        assertTrue(form >= 0, "form " + id + " on the page");
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("name=\"" + java.util.regex.Pattern.quote(name)
                + "\"[^>]*value=\"([^\"]+)\"").matcher(page.substring(form, page.indexOf("</form>", form)));
        assertTrue(value.find(), name + " in form " + id);
        return value.group(1);
    }

    /**
     * Form {@code form} of {@code page} (null: a visitor's stateless form) posted to instance i, as a
     * browser on the balancer's page sends it (same origin).
     */
    private static HttpResponse<String> post(HttpClient person, int i, String path, String form, Map<String, String> fields,
                                             String page) throws Exception {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put(form, form);
        all.put("jakarta.faces.ViewState", page == null ? "stateless" : hidden(page, form, "jakarta.faces.ViewState"));
        if (page != null) {
            all.put("primefaces.nonce", hidden(page, form, "primefaces.nonce"));
        }
        String body = all.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        String origin = "http://127.0.0.1:" + (cluster.front + i);
        return person.send(HttpRequest.newBuilder(URI.create(origin + "/" + path)).header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(HttpClient person, String url) throws Exception {
        return person.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(2)
    void aCommentWrittenOnOneInstanceIsOnTheOthersNextRead() throws Exception {
        slug = "grappe-" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabase.createRepository(slug, List.of("fr", "es"), "Ville en grappe");
        String admin = person("Alix Admin");
        TestDatabase.grant(admin, slug, "ADMINISTRATOR");
        // a real browser through the balancer: its requests alternate between the instances
        String url = BackOffice.commitmentUnderConsultation(cluster.balancer(), slug, admin, "Alix Admin");
        commitmentPath = URI.create(url).getPath().substring(1);
        String onTwo = cluster.instance(2) + commitmentPath;
        assertEquals(200, anonymous(onTwo).statusCode());
        assertEquals(200, anonymous(onTwo).statusCode()); // now kept for anonymous readers by instance 2
        try (WebClient writer = Discussion.signedIn(cluster.instance(1), person("Bruno Écrit"))) {
            String text = "Écrit sur l’instance 1, lu sur la 2 " + UUID.randomUUID();
            HtmlPage after = Discussion.comment(writer, cluster.instance(1) + commitmentPath, text);
            assertTrue(after.asNormalizedText().contains(text));
            assertTrue(anonymous(onTwo).body().contains(text), "instance 2's next anonymous read shows it");
        }
    }

    @Test
    @Order(3)
    void losingAnInstanceUnderSignedInWritesLosesNeitherWritesNorSessions() throws Exception {
        String page = cluster.balancer() + commitmentPath;
        List<WebClient> writers = new ArrayList<>();
        for (String name : List.of("Ana Pérez", "Ben Durand", "Chloé Martin")) {
            writers.add(Discussion.signedIn(cluster.balancer(), person(name)));
        }
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> afterKill = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> reads = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int w = 0; w < writers.size(); w++) {
            WebClient writer = writers.get(w);
            int n = w;
            pool.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String text = "Écrit pendant la panne " + n + "-" + i + " " + slug;
                    try {
                        HtmlPage after = Discussion.comment(writer, page, text);
                        if (after.getWebResponse().getStatusCode() == 200 && after.asNormalizedText().contains(text)) {
                            acknowledged.add(text);
                            if (killed.get()) {
                                afterKill.add(text);
                            }
                        }
                    } catch (Exception lost) {
                        // not acknowledged: the instance died under this request
                    }
                }
                return null;
            });
        }
        pool.submit(() -> {
            while (!stop.get()) {
                if (killed.get()) {
                    HttpResponse<String> read = anonymousOrNull(page);
                    reads.merge(read == null ? 0 : read.statusCode(), 1, Integer::sum);
                }
                Thread.sleep(100);
            }
            return null;
        });
        Thread.sleep(4000);
        int before = acknowledged.size();
        cluster.kill(2);
        killed.set(true);
        long killedAt = System.currentTimeMillis();
        Thread.sleep(8000);
        stop.set(true);
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));

        List<String> sessions = new ArrayList<>();
        for (WebClient writer : writers) {
            HtmlPage settings = writer.getPage(cluster.balancer() + "fr/account/settings");
            sessions.add(settings.getElementById("account:logout") != null ? "signed in" : "visitor");
        }
        long restart = System.currentTimeMillis();
        cluster.start(2);
        long back = System.currentTimeMillis() - restart;
        List<String> onTheRejoined = new ArrayList<>();
        for (WebClient writer : writers) {
            HtmlPage settings = writer.getPage(cluster.instance(2) + "fr/account/settings");
            onTheRejoined.add(settings.getElementById("account:logout") != null ? "signed in" : "visitor");
            writer.close();
        }
        System.out.println("kill -9 of instance 2: acknowledged " + before + " comments before, " + afterKill.size()
                + " in the 8 s after; anonymous reads after the kill " + reads + "; sessions after " + sessions
                + "; instance 2 ready again " + back + " ms after its start, sessions there " + onTheRejoined
                + " (" + (System.currentTimeMillis() - killedAt) + " ms after the kill)");
        assertTrue(before > 0 && !afterKill.isEmpty(), "writes before and after the kill: " + before + ", " + afterKill.size());
        for (String text : acknowledged) {
            assertEquals(1, Discussion.number("SELECT COUNT(*) FROM comment WHERE body = ?", text), "acknowledged, kept: " + text);
        }
        assertEquals(Map.of(200, reads.values().stream().mapToInt(Integer::intValue).sum()), reads,
                "the balancer sends every read to the survivor");
        assertEquals(Collections.nCopies(3, "signed in"), sessions, "nobody signed out by the crash");
        assertEquals(Collections.nCopies(3, "signed in"), onTheRejoined, "the restarted instance knows the sessions");
    }

    @Test
    @Order(4)
    void eachMailAndEachNoticeGoesOutOnceThoughBothInstancesRunTheSchedules() throws Exception {
        // the consultation's own opening round has passed (with nobody following yet)
        long opened = System.currentTimeMillis() + 75_000;
        while (Discussion.number("SELECT COUNT(*) FROM consultation WHERE opening_notice_at IS NOT NULL AND repository_id = "
                + "(SELECT id FROM repository WHERE slug = ?)", slug) == 0 && System.currentTimeMillis() < opened) {
            Thread.sleep(1000);
        }
        List<String> followers = new ArrayList<>();
        for (String name : List.of("Dora Suit", "Émile Suit", "Fanny Suit", "Gaspard Suit")) {
            String email = person(name);
            followers.add(email);
            Discussion.number("INSERT INTO follower (id, version, created_at, repository_id, commitment_id, account_id, token) "
                    + "SELECT ?, 1, CURRENT_TIMESTAMP, c.repository_id, c.id, a.id, ? FROM commitment c "
                    + "JOIN repository r ON r.id = c.repository_id, account a WHERE r.slug = ? AND a.email = ? RETURNING 1",
                    2_000_000_000L + (long) (Math.random() * 1_000_000_000L), UUID.randomUUID().toString(), slug, email);
        }
        // the consultation's opening notice falls due again: both instances' minute rounds race for it
        Discussion.number("UPDATE consultation SET opening_notice_at = NULL WHERE repository_id = "
                + "(SELECT id FROM repository WHERE slug = ?) RETURNING 1", slug);
        long deadline = System.currentTimeMillis() + 150_000;
        while (System.currentTimeMillis() < deadline && received(followers) < followers.size()) {
            Thread.sleep(1000);
        }
        // both instances get at least one more round of each schedule (notices: every minute at :00)
        java.time.LocalTime now = java.time.LocalTime.now();
        Thread.sleep((70 - now.getSecond()) * 1000L);
        Map<String, Integer> perFollower = new TreeMap<>();
        for (String email : followers) {
            perFollower.put(email, (int) java.util.Arrays.stream(MAIL.getReceivedMessagesForDomain(email))
                    .filter(m -> subject(m).contains("is open") || subject(m).contains("est ouverte") || subject(m).contains("abierta")).count());
        }
        if (perFollower.values().stream().anyMatch(n -> n != 1)) {
            for (String email : followers) {
                System.out.println("Queue for " + email + ": " + Discussion.numbers("SELECT id FROM mail_queue WHERE recipient = ?", email)
                        + ", received " + java.util.Arrays.stream(MAIL.getReceivedMessagesForDomain(email)).map(m -> {
                            try { return m.getMessageID() + " " + m.getSubject(); } catch (Exception e) { return "?"; }
                        }).toList());
            }
        }
        assertEquals(followers.stream().collect(java.util.stream.Collectors.toMap(e -> e, e -> 1, (a, b) -> a, TreeMap::new)),
                perFollower, "one opening notice per follower");

        // and every mail of this whole run: as many received as the queue holds as sent, recipient by recipient
        Map<String, Integer> sent = new TreeMap<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            for (var to : message.getRecipients(Message.RecipientType.TO)) {
                sent.merge(to.toString(), 1, Integer::sum);
            }
        }
        Map<String, Integer> queued = new TreeMap<>();
        try (var c = TestDatabase.connect(); var s = c.createStatement();
             var rows = s.executeQuery("SELECT recipient, COUNT(*) FROM mail_queue WHERE sent_at IS NOT NULL GROUP BY recipient")) {
            while (rows.next()) {
                queued.put(rows.getString(1), rows.getInt(2));
            }
        }
        System.out.println("Mails: " + sent.values().stream().mapToInt(Integer::intValue).sum() + " received for "
                + queued.values().stream().mapToInt(Integer::intValue).sum() + " sent in the queue; notices " + perFollower);
        assertEquals(queued, sent, "each queued mail received once");
    }

    @Test
    @Order(5)
    void theSignInLimitCountsAcrossInstances() throws Exception {
        // a client behind the balancer, as nginx reports it; the requests alternate between the instances
        List<String> answers = new ArrayList<>();
        for (int attempt = 1; attempt <= 32; attempt++) {
            String body = "login=login&login%3Aemail=nobody-" + UUID.randomUUID() + "%40example.org"
                    + "&login%3Apassword=wrong&login%3Asubmit=x&jakarta.faces.ViewState=stateless";
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(cluster.instance(1 + attempt % 2) + "en/account/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", "203.0.113.7")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            answers.add(answer.body().contains("Too many attempts") ? "refused" : "tried");
        }
        List<String> expected = new ArrayList<>(Collections.nCopies(30, "tried"));
        expected.addAll(List.of("refused", "refused"));
        assertEquals(expected, answers, "30 per address in 15 minutes, however many instances (each saw 16)");
    }

    private static String person(String name) throws Exception {
        String email = name.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestDatabase.createAccount(email, name, Discussion.PASSWORD, false, "fr");
        return email;
    }

    private static HttpResponse<String> anonymous(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> anonymousOrNull(String url) {
        try {
            return anonymous(url);
        } catch (Exception unreachable) {
            return null;
        }
    }

    private static int received(List<String> recipients) {
        return (int) recipients.stream().filter(r -> MAIL.getReceivedMessagesForDomain(r).length > 0).count();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
