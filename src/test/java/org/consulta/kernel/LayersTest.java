package org.consulta.kernel;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layers, read from the sources as a newcomer would draw them: i18n and the kernel at the bottom
 * importing no feature, the demo on top imported by none, the web layer imported by no feature.
 * Imports, fully qualified names and the entities JPQL strings name all count (comments do not).
 */
class LayersTest {

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern ENTITY = Pattern.compile("^@Entity\\b[^{]*?\\bclass (\\w+)", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern QUERIED = Pattern.compile("\\b(?:FROM|JOIN|UPDATE|,)\\s+([A-Z]\\w*)\\s+[a-z]\\w*\\b");
    private static final Pattern USE = Pattern.compile("\\borg\\.consulta\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.[A-Z]");

    /**
     * Each main package of ours and the packages of ours it uses (without org.consulta.): by imports and
     * qualified names, and by the entities its JPQL names ({@code FROM Comment c}), where a loop would hide.
     */
    static Map<String, Set<String>> graph() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/consulta"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(file.toString(), Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", ""));
            }
        }
        Map<String, String> entities = new TreeMap<>();
        sources.forEach((file, source) -> {
            Matcher entity = ENTITY.matcher(source);
            if (entity.find()) {
                entities.put(entity.group(1), packageOf(file, source));
            }
        });
        Map<String, Set<String>> uses = new TreeMap<>();
        sources.forEach((file, source) -> {
            String own = packageOf(file, source);
            Set<String> used = uses.computeIfAbsent(own, k -> new TreeSet<>());
            Matcher use = USE.matcher(source);
            while (use.find()) {
                used.add(use.group(1));
            }
            Matcher literal = STRING.matcher(source);
            while (literal.find()) {
                Matcher named = QUERIED.matcher(literal.group());
                while (named.find()) {
                    if (entities.containsKey(named.group(1))) {
                        used.add(entities.get(named.group(1)));
                    }
                }
            }
            used.remove(own);
        });
        return uses;
    }

    private static String packageOf(String file, String source) {
        Matcher declared = PACKAGE.matcher(source);
        assertTrue(declared.find(), file + " declares its package");
        return declared.group(1).substring("org.consulta.".length());
    }

    @Test
    void theGraphIsReadFromEveryFeature() throws IOException {
        Map<String, Set<String>> graph = graph();
        assertTrue(graph.keySet().containsAll(Set.of("kernel", "i18n", "demo", "repository", "account", "comment", "web.frame")),
                "packages found: " + graph.keySet());
        assertTrue(graph.get("demo").containsAll(Set.of("comment", "forum", "tracking")), "the demo uses the features it seeds");
    }

    /** No package reaches itself again through its imports: the graph has no loop, of two packages or more. */
    @Test
    void noPackageImportsItselfThroughOthers() throws IOException {
        Map<String, Set<String>> graph = graph();
        for (String start : graph.keySet()) {
            java.util.Deque<String> open = new java.util.ArrayDeque<>(graph.get(start));
            Set<String> seen = new TreeSet<>();
            while (!open.isEmpty()) {
                String next = open.pop();
                assertNotEquals(start, next, start + " imports a package that imports it back (through " + seen + ")");
                if (seen.add(next)) {
                    open.addAll(graph.getOrDefault(next, Set.of()));
                }
            }
        }
    }

    /** Every package says what it may import, and imports nothing else: the documentation cannot go stale. */
    @Test
    void everyPackageImportsOnlyWhatItsPackageInfoAllows() throws IOException {
        Pattern allowed = Pattern.compile("May import \\(checked by \\{@code LayersTest}\\): (.*)\\.$", Pattern.MULTILINE);
        for (Map.Entry<String, Set<String>> pkg : graph().entrySet()) {
            Path info = Path.of("src/main/java/org/consulta", pkg.getKey().replace('.', '/'), "package-info.java");
            assertTrue(Files.exists(info), info + " exists");
            Matcher said = allowed.matcher(Files.readString(info));
            assertTrue(said.find(), info + " says what the package may import");
            Set<String> may = said.group(1).equals("nothing of ours") ? Set.of() : Set.of(said.group(1).split(",\\s*"));
            Set<String> beyond = new TreeSet<>(pkg.getValue());
            beyond.removeAll(may);
            assertEquals(Set.of(), beyond, pkg.getKey() + " imports what its package-info does not allow");
        }
    }

    @Test
    void theKernelAndI18nImportNoFeature() throws IOException {
        Map<String, Set<String>> graph = graph();
        assertEquals(Set.of("i18n"), graph.get("kernel"), "the kernel may use i18n only");
        assertEquals(Set.of(), graph.get("i18n"), "i18n uses nothing of ours");
    }

    @Test
    void nothingImportsTheDemo() throws IOException {
        graph().forEach((pkg, used) -> assertFalse(!pkg.equals("demo") && used.contains("demo"), pkg + " uses the demo"));
    }

    @Test
    void noFeatureImportsTheWebLayer() throws IOException {
        graph().forEach((pkg, used) -> {
            if (!pkg.startsWith("web")) {
                assertTrue(used.stream().noneMatch(u -> u.startsWith("web")), pkg + " uses " + used);
            }
        });
    }

    @Test
    void theRepositoryFeatureIsBelowNoFeatureThatItUses() throws IOException {
        Map<String, Set<String>> graph = graph();
        for (String below : graph.get("repository")) {
            assertFalse(graph.getOrDefault(below, Set.of()).contains("repository"), below + " and repository use each other");
        }
    }
}
