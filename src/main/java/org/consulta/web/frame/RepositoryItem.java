package org.consulta.web.frame;

import org.consulta.repository.Repository;
import org.consulta.repository.RepositoryService;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file-serving path such as {@code /demo/42} or {@code /demo/42.csv} names: an active repository
 * and an id inside it. Anything else, or an inactive repository, is nothing (the servlets answer 404).
 */
public record RepositoryItem(Repository repository, long id) {

    private static final Pattern PATH = Pattern.compile("^/([a-z0-9-]{1,40})/(\\d{1,18})(\\.[a-z]{1,4})?$");

    public static Optional<RepositoryItem> parse(String pathInfo, String suffix, RepositoryService repositories) {
        Matcher path = PATH.matcher(pathInfo == null ? "" : pathInfo);
        if (!path.matches() || !suffix.equals(path.group(3) == null ? "" : path.group(3))) {
            return Optional.empty();
        }
        return repositories.findActive(path.group(1)).map(r -> new RepositoryItem(r, Long.parseLong(path.group(2))));
    }
}
