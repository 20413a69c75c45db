package org.consulta.web.frame;

import jakarta.servlet.ServletContext;
import org.consulta.i18n.Languages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The public URL space, as the pages' folders declare it: each {@code /views/<folder>/routes.txt} lists
 * the paths of its own views, so a feature's pages and their URLs change together and no central table
 * is edited. Paths are matched whole; names in braces become the route's parameters.
 */
public final class Routes {

    /** What each path name may hold. */
    private static final Map<String, String> NAMES = Map.of("plan", "[a-z0-9-]{1,40}", "ref", "C[0-9]{1,4}",
            "id", "[0-9]{1,18}", "update", "[0-9]{1,18}");
    private static final Pattern NAME = Pattern.compile("\\{([a-z]+)}");
    private static final Pattern LANGUAGE = Pattern.compile("^/([a-z]{2})(/.*)?$");
    private static final Pattern REPOSITORY = Pattern.compile("^/r/([^/]+)(/.*)?$");

    private record Page(Pattern path, List<String> names, String view) {
    }

    private final List<Page> platform = new ArrayList<>();
    private final List<Page> repository = new ArrayList<>();

    private Routes(Map<String, String> declarations) {
        declarations.forEach((folder, text) -> text.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(line -> declare(folder, line)));
    }

    /** From the web application's folders (at start). */
    public static Routes of(ServletContext context) {
        Map<String, String> declarations = new TreeMap<>();
        for (String folder : context.getResourcePaths("/views/")) {
            try (InputStream in = context.getResourceAsStream(folder + "routes.txt")) {
                if (in != null) {
                    declarations.put(folder.substring("/views/".length(), folder.length() - 1),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Routes(declarations);
    }

    /** From the source tree's {@code views} folder (for tests). */
    public static Routes of(Path views) {
        Map<String, String> declarations = new TreeMap<>();
        try (Stream<Path> folders = Files.list(views)) {
            for (Path folder : folders.filter(f -> Files.exists(f.resolve("routes.txt"))).toList()) {
                declarations.put(folder.getFileName().toString(), Files.readString(folder.resolve("routes.txt")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Routes(declarations);
    }

    private void declare(String folder, String line) {
        String[] parts = line.split("\\s+");
        if (parts.length != 3 || !(parts[0].equals("platform") || parts[0].equals("repository"))) {
            throw new IllegalArgumentException("views/" + folder + "/routes.txt: " + line);
        }
        List<String> names = new ArrayList<>();
        Matcher name = NAME.matcher(parts[1]);
        StringBuilder regex = new StringBuilder("^");
        int last = 0;
        while (name.find()) {
            regex.append(Pattern.quote(parts[1].substring(last, name.start())))
                    .append("(").append(NAMES.get(name.group(1))).append(")");
            names.add(name.group(1));
            last = name.end();
        }
        regex.append(Pattern.quote(parts[1].substring(last))).append("$");
        Page page = new Page(Pattern.compile(regex.toString()), List.copyOf(names), "/views/" + folder + "/" + parts[2] + ".xhtml");
        (parts[0].equals("platform") ? platform : repository).add(page);
    }

    /** Every view a route leads to. */
    public List<String> views() {
        return Stream.concat(platform.stream(), repository.stream()).map(Page::view).toList();
    }

    public Route parse(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return new Route(Route.Kind.ROOT, null, null, "/", null, Map.of());
        }
        Matcher bare = REPOSITORY.matcher(path);
        if (bare.matches()) {
            return new Route(Route.Kind.REPOSITORY_WITHOUT_LANGUAGE, null, bare.group(1), path, null, Map.of());
        }
        Matcher lang = LANGUAGE.matcher(path);
        if (!lang.matches() || !Languages.isSupported(lang.group(1))) {
            return new Route(Route.Kind.NOT_OURS, null, null, path, null, Map.of());
        }
        String language = lang.group(1);
        String rest = lang.group(2);
        if (rest == null) {
            return new Route(Route.Kind.ADD_SLASH, language, null, "/", null, Map.of());
        }
        Matcher repo = REPOSITORY.matcher(rest);
        if (!repo.matches()) {
            return find(platform, Route.Kind.PLATFORM_PAGE, language, null, rest, rest);
        }
        if (repo.group(2) == null) {
            return new Route(Route.Kind.ADD_SLASH, language, repo.group(1), rest + "/", null, Map.of());
        }
        return find(repository, Route.Kind.REPOSITORY_PAGE, language, repo.group(1), rest, repo.group(2));
    }

    private static Route find(List<Page> pages, Route.Kind kind, String language, String slug, String rest, String inside) {
        for (Page page : pages) {
            Matcher matched = page.path().matcher(inside);
            if (matched.matches()) {
                Map<String, String> params = new HashMap<>();
                for (int i = 0; i < page.names().size(); i++) {
                    params.put(page.names().get(i), matched.group(i + 1));
                }
                return new Route(kind, language, slug, rest, page.view(), Map.copyOf(params));
            }
        }
        return new Route(Route.Kind.UNKNOWN_PAGE, language, slug, rest, null, Map.of());
    }
}
