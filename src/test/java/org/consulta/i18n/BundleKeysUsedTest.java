package org.consulta.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every key a view names exists, and every key of the interface bundle is used somewhere: named whole
 * (in a view or in Java), under a prefix the code completes ({@code 'audit.action.'.concat(…)},
 * {@code "role." + role.name()}), or as a mail's name ({@code "mail_held"} for {@code mail_held.subject}
 * and {@code .body}). Comments do not count. Parity between languages is {@link BundleParityTest}'s.
 */
class BundleKeysUsedTest {

    private static final Pattern VIEW_KEY = Pattern.compile("i18n\\.(?:text|format)\\('([\\w.]+)'");
    private static final Pattern LITERAL = Pattern.compile("['\"]([a-z]\\w*(?:\\.\\w*)*[._]?)['\"]");

    @Test
    void everyKeyAViewNamesExists() throws IOException {
        Set<String> keys = keys();
        Set<String> missing = new TreeSet<>();
        Matcher named = VIEW_KEY.matcher(sources(Path.of("src/main/webapp"), ".xhtml"));
        int count = 0;
        while (named.find()) {
            String key = named.group(1);
            count++;
            boolean prefix = key.endsWith(".") || key.endsWith("_");
            if (prefix ? keys.stream().noneMatch(k -> k.startsWith(key)) : !keys.contains(key)) {
                missing.add(key);
            }
        }
        assertTrue(count > 500, "the views name their keys: " + count);
        assertEquals(Set.of(), missing, "keys named by views but not in the bundle");
    }

    @Test
    void everyKeyOfTheBundleIsUsed() throws IOException {
        String code = sources(Path.of("src/main/webapp"), ".xhtml") + sources(Path.of("src/main/java"), ".java");
        Set<String> whole = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        Matcher literal = LITERAL.matcher(code);
        while (literal.find()) {
            String text = literal.group(1);
            if (text.endsWith(".") || text.endsWith("_")) {
                prefixes.add(text);
            } else if (text.startsWith("mail_") && !text.contains(".")) {
                prefixes.add(text + "."); // a mail's name: mail_held → mail_held.subject, mail_held.body
            } else {
                whole.add(text);
            }
        }
        Set<String> unused = keys().stream().filter(k -> !whole.contains(k) && prefixes.stream().noneMatch(k::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unused, "bundle keys no page or class uses");
    }

    /**
     * The naming rule: a page's own keys ({@code admin_settings.*} for {@code views/admin/settings.xhtml})
     * appear on that page only; text two pages share lives under a common prefix ({@code form.}, {@code pager.},
     * {@code filter.}, a feature's name), enum labels under the feature and the enum ({@code consultation.state.}).
     */
    @Test
    void aPagesOwnKeysAppearOnThatPageOnly() throws IOException {
        Map<String, Path> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp/views"))) {
            files.filter(f -> f.toString().endsWith(".xhtml")).forEach(view -> pages.put(
                    view.getParent().getFileName() + "_" + view.getFileName().toString().replace(".xhtml", "").replace('-', '_'), view));
        }
        Set<String> strays = new TreeSet<>();
        for (Path view : pages.values()) {
            Matcher named = VIEW_KEY.matcher(Files.readString(view));
            while (named.find()) {
                String prefix = named.group(1).substring(0, Math.max(0, named.group(1).indexOf('.')));
                if (pages.containsKey(prefix) && !pages.get(prefix).equals(view)) {
                    strays.add(named.group(1) + " on " + view.getFileName());
                }
            }
        }
        assertTrue(pages.size() > 30, "the views are read: " + pages.size());
        assertEquals(Set.of(), strays, "keys of one page named on another");
    }

    private static Set<String> keys() throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("i18n/messages_en.properties"), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        assertTrue(bundle.size() > 500, "the English bundle is read");
        return bundle.stringPropertyNames();
    }

    /** The text of every file with this ending below the folder, without comments. */
    private static String sources(Path folder, String ending) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(ending)).toList()) {
                all.append(Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?s)<!--.*?-->", "")
                        .replaceAll("(?m)^\\s*//.*$", "")).append('\n');
            }
            return all.toString();
        }
    }
}
