package org.consulta.i18n;

import com.ibm.icu.text.MessagePattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bundle under {@code i18n/} exists in fr, es and en with the same keys, no empty value, and
 * for each key the same ICU arguments (name and type) in every language; every pattern parses.
 */
class BundleParityTest {

    private static final Path DIR = Path.of("i18n");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "ValidationMessages", "FacesMessages"})
    void everyLanguageHasTheSameKeysAndNoEmptyValue(String bundle) throws IOException {
        Map<String, Properties> byLanguage = load(bundle);
        TreeSet<String> all = new TreeSet<>();
        byLanguage.values().forEach(p -> all.addAll(p.stringPropertyNames()));
        List<String> problems = new ArrayList<>();
        byLanguage.forEach((lang, props) -> {
            for (String key : all) {
                String value = props.getProperty(key);
                if (value == null) {
                    problems.add(bundle + "_" + lang + " lacks " + key);
                } else if (value.isBlank()) {
                    problems.add(bundle + "_" + lang + " has an empty " + key);
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(all.size() > 0, "no keys read from " + bundle);
    }

    @Test
    void everyMessagePatternParsesWithTheSameArgumentsInEveryLanguage() throws IOException {
        Map<String, Properties> byLanguage = load("messages");
        List<String> problems = new ArrayList<>();
        for (String key : byLanguage.get("en").stringPropertyNames()) {
            Map<String, String> signatures = new TreeMap<>();
            for (var entry : byLanguage.entrySet()) {
                String pattern = entry.getValue().getProperty(key);
                try {
                    signatures.put(entry.getKey(), arguments(pattern));
                } catch (IllegalArgumentException broken) {
                    problems.add("messages_" + entry.getKey() + " " + key + " does not parse: " + broken.getMessage());
                }
            }
            if (signatures.values().stream().distinct().count() > 1) {
                problems.add(key + " has different arguments per language: " + signatures);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void validationMessagesUseTheSamePlaceholdersInEveryLanguage() throws IOException {
        Map<String, Properties> byLanguage = load("ValidationMessages");
        for (String key : byLanguage.get("en").stringPropertyNames()) {
            String expected = placeholders(byLanguage.get("en").getProperty(key));
            for (var entry : byLanguage.entrySet()) {
                assertEquals(expected, placeholders(entry.getValue().getProperty(key)),
                        "placeholders of " + key + " in " + entry.getKey());
            }
        }
    }

    /** The top-level arguments of an ICU pattern as "name:type" in order of name. */
    static String arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        TreeSet<String> args = new TreeSet<>();
        int depth = 0;
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                if (depth++ == 0) {
                    MessagePattern.Part name = parsed.getPart(i + 1);
                    args.add(parsed.getSubstring(name) + ":" + part.getArgType());
                }
            } else if (part.getType() == MessagePattern.Part.Type.ARG_LIMIT) {
                depth--;
            }
        }
        return String.join(",", args);
    }

    private static String placeholders(String message) {
        TreeSet<String> found = new TreeSet<>();
        var matcher = java.util.regex.Pattern.compile("\\{[^}]+}").matcher(message);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found.toString();
    }

    static Map<String, Properties> load(String bundle) throws IOException {
        Map<String, Properties> byLanguage = new TreeMap<>();
        for (String lang : Languages.SUPPORTED) {
            Path file = DIR.resolve(bundle + "_" + lang + ".properties");
            assertTrue(Files.exists(file), "missing " + file);
            Properties props = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(reader);
            }
            byLanguage.put(lang, props);
        }
        return byLanguage;
    }
}
