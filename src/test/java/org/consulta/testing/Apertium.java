package org.consulta.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real Apertium APy the integration tests translate with, on its own port (the build gives the
 * platform {@code CONSULTA_MT_URL=http://127.0.0.1:2738}): started here when it does not answer, stopped
 * and started again by the outage test. Needs Debian's {@code apertium-apy}, {@code apertium-fr-es} and
 * {@code apertium-eng-spa} (installed by {@code .ci/run}).
 */
public final class Apertium {

    public static final int PORT = 2738;
    public static final String URL = "http://127.0.0.1:" + PORT;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private Apertium() {
    }

    /** Starts the service unless it answers already, and waits until it lists its pairs. */
    public static synchronized void ensureRunning() throws IOException, InterruptedException {
        if (answers()) {
            return;
        }
        Path log = Files.createTempFile("apertium-apy", ".log");
        new ProcessBuilder("apertium-apy", "-p", String.valueOf(PORT), "/usr/share/apertium/modes")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        for (int i = 0; i < 120 && !answers(); i++) {
            Thread.sleep(250);
        }
        if (!answers()) {
            throw new IllegalStateException("apertium-apy did not start on port " + PORT + " (apt-get install apertium-apy "
                    + "apertium-fr-es apertium-eng-spa); its log: " + Files.readString(log));
        }
    }

    /** Stops the service of this port, as an outage would. */
    public static synchronized void stop() throws IOException, InterruptedException {
        new ProcessBuilder("pkill", "-f", "apertium-apy -p " + PORT).inheritIO().start().waitFor();
        for (int i = 0; i < 40 && answers(); i++) {
            Thread.sleep(250);
        }
    }

    public static boolean answers() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(URL + "/listPairs")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
