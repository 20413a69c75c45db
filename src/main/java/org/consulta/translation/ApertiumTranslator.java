package org.consulta.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.consulta.i18n.MachineTranslator;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The machine translator: a self-hosted Apertium APy at {@code CONSULTA_MT_URL} (empty: none, nothing is
 * ever sent anywhere). It asks the service which pairs it has ({@code /listPairs}), goes through Spanish
 * where no direct pair exists (English ↔ French), translates paragraph by paragraph so that the text keeps
 * its structure, and gives up quickly: it runs in the background queue, never while a page waits.
 */
@ApplicationScoped
public class ApertiumTranslator implements MachineTranslator {

    private static final Logger LOG = Logger.getLogger(ApertiumTranslator.class.getName());
    /** Our languages as Apertium names them. */
    private static final Map<String, String> CODES = Map.of("fr", "fra", "es", "spa", "en", "eng");
    private static final String PIVOT = "es";
    /** Apertium takes about a tenth of a second for a paragraph; a service slower than this is treated as away. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** After the service failed, how long before the pairs are asked again. */
    private static final Duration RETRY_PAIRS = Duration.ofSeconds(15);

    private final String url;
    private final Duration timeout;
    private final HttpClient http;
    private volatile Set<String> pairs;
    private volatile Instant pairsAskedAt = Instant.EPOCH;

    public ApertiumTranslator() {
        this(configured());
    }

    ApertiumTranslator(String url) {
        this(url, TIMEOUT);
    }

    ApertiumTranslator(String url, Duration timeout) {
        this.url = url == null || url.isBlank() ? null : url.replaceAll("/+$", "");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    /** Whether the platform is configured with an engine (the settings page offers the setting only then). */
    static boolean isConfigured() {
        String url = configured();
        return url != null && !url.isBlank();
    }

    private static String configured() {
        String value = System.getenv("CONSULTA_MT_URL");
        return value == null ? System.getProperty("consulta.mt.url") : value;
    }

    /** Whether a service is configured; whether it answers is learnt at each call. */
    @Override
    public boolean isAvailable() {
        return url != null;
    }

    /** The language pairs found, as {@code "fr-es"}; empty when none is configured or it does not answer. */
    public Set<String> pairs() {
        Set<String> known = pairs;
        if (known != null || url == null || Instant.now().isBefore(pairsAskedAt.plus(RETRY_PAIRS))) {
            return known == null ? Set.of() : known;
        }
        pairsAskedAt = Instant.now();
        try {
            Set<String> found = new HashSet<>();
            for (JsonValue pair : get("/listPairs").getJsonArray("responseData")) {
                String from = ours(pair.asJsonObject().getString("sourceLanguage"));
                String to = ours(pair.asJsonObject().getString("targetLanguage"));
                if (from != null && to != null) {
                    found.add(from + "-" + to);
                }
            }
            pairs = Set.copyOf(found);
            LOG.info("Machine translation at " + url + ": pairs " + pairs);
            return pairs;
        } catch (IOException | RuntimeException e) {
            LOG.warning("Machine translation at " + url + " does not answer: " + e);
            return Set.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of();
        }
    }

    /** The steps from one language to another: direct, through Spanish, or none. */
    public List<String> route(String from, String to) {
        Set<String> known = pairs();
        if (known.contains(from + "-" + to)) {
            return List.of(from, to);
        }
        if (known.contains(from + "-" + PIVOT) && known.contains(PIVOT + "-" + to)) {
            return List.of(from, PIVOT, to);
        }
        return List.of();
    }

    /** Empty when there is no route; throws {@link MachineUnavailableException} when the service fails (try later). */
    @Override
    public Optional<String> translate(String text, String from, String to) {
        List<String> route = route(from, to);
        if (route.isEmpty()) {
            if (pairs == null) {
                throw new MachineUnavailableException("no answer from " + url);
            }
            return Optional.empty();
        }
        String result = text;
        for (int step = 1; step < route.size(); step++) {
            result = Paragraphs.map(result, route.get(step - 1), route.get(step), this::paragraph);
        }
        return Optional.of(result);
    }

    private String paragraph(String text, String from, String to) {
        String query = "/translate?markUnknown=no&format=txt&langpair=" + CODES.get(from) + "%7C" + CODES.get(to)
                + "&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        try {
            return get(query).getJsonObject("responseData").getString("translatedText");
        } catch (IOException | RuntimeException e) {
            pairs = null; // the service may have changed or gone: ask again before the next text
            throw new MachineUnavailableException(url + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MachineUnavailableException("interrupted");
        }
    }

    private JsonObject get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static String ours(String apertium) {
        return CODES.entrySet().stream().filter(e -> e.getValue().equals(apertium)).map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
