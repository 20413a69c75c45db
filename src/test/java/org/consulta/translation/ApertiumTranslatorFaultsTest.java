package org.consulta.translation;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The translator's behaviour when the service is away, fails or answers slowly (a stub stands in for
 * Apertium only for these faults; translation itself is tested against the real APy in MachineTranslationIT).
 */
class ApertiumTranslatorFaultsTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void withoutAnAddressThereIsNoEngineAndNothingIsSent() {
        ApertiumTranslator none = new ApertiumTranslator("");
        assertFalse(none.isAvailable());
        assertTrue(none.pairs().isEmpty());
    }

    @Test
    void aServiceThatDoesNotAnswerMeansTryLaterNotNoTranslation() {
        ApertiumTranslator away = new ApertiumTranslator("http://127.0.0.1:9"); // nothing listens on the discard port
        assertTrue(away.isAvailable());
        assertThrows(MachineUnavailableException.class, () -> away.translate("Bonjour", "fr", "es"));
    }

    @Test
    void aFailingTranslationIsReportedAndThePairsAreAskedAgain() throws IOException {
        AtomicInteger listed = new AtomicInteger();
        start(exchange -> {
            if (exchange.getRequestURI().getPath().equals("/listPairs")) {
                listed.incrementAndGet();
                reply(exchange, 200, "{\"responseData\":[{\"sourceLanguage\":\"fra\",\"targetLanguage\":\"spa\"}]}");
            } else {
                reply(exchange, 500, "{}");
            }
        });
        ApertiumTranslator failing = new ApertiumTranslator(url());
        assertEquals(List.of("fr", "es"), failing.route("fr", "es"));
        assertThrows(MachineUnavailableException.class, () -> failing.translate("Bonjour", "fr", "es"));
        assertEquals(1, listed.get());
    }

    @Test
    void aPairTheServiceLacksIsNoTranslationRatherThanAFailure() throws IOException {
        start(exchange -> reply(exchange, 200, "{\"responseData\":[{\"sourceLanguage\":\"fra\",\"targetLanguage\":\"spa\"}]}"));
        ApertiumTranslator partial = new ApertiumTranslator(url());
        assertEquals(Optional.empty(), partial.translate("Hello", "en", "fr"));
        assertEquals(List.of(), partial.route("es", "fr"));
    }

    @Test
    void aServiceTooSlowIsGivenUpOnWithinTheTimeout() throws IOException {
        start(exchange -> {
            if (exchange.getRequestURI().getPath().equals("/listPairs")) {
                reply(exchange, 200, "{\"responseData\":[{\"sourceLanguage\":\"fra\",\"targetLanguage\":\"spa\"}]}");
            } else {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        ApertiumTranslator slow = new ApertiumTranslator(url(), java.time.Duration.ofMillis(500));
        long started = System.nanoTime();
        assertThrows(MachineUnavailableException.class, () -> slow.translate("Bonjour", "fr", "es"));
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "gave up after the timeout, not after the service");
    }

    private interface Handler {
        void handle(com.sun.net.httpserver.HttpExchange exchange) throws IOException;
    }

    private void start(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", handler::handle);
        server.start();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
