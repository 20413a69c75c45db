package org.consulta.kernel;

import java.util.Map;

/**
 * One page of a back-office list as a table asks for it: from row {@code first}, {@code size} rows, sorted by
 * a column the list names, filtered by what was typed in its column filters. The owning feature turns it into
 * its own query: only column names it declares are ever sorted on ({@link #orderBy}), so a crafted sort field
 * cannot reach the SQL, and filters arrive as plain values bound as parameters.
 */
public record Slice(int first, int size, String sort, boolean ascending, Map<String, String> filters) {

    /** The largest page a table may ask for: a crafted request for a million rows gets this many. */
    public static final int MAX_SIZE = 100;

    public Slice {
        first = Math.max(0, first);
        size = Math.max(1, Math.min(MAX_SIZE, size));
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    /** A first page of {@code size} rows in the list's own order. */
    public static Slice of(int page, int size) {
        return new Slice(Math.max(0, page) * size, size, null, true, Map.of());
    }

    /** The trimmed value typed in a column's filter, or null when none was. */
    public String filter(String column) {
        String value = filters.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A {@code LIKE} pattern finding {@code text} anywhere, case-insensitively, with the wildcards in it escaped by {@code \}. */
    public static String containing(String text) {
        return "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * The {@code ORDER BY} list for this slice: the column's expression among {@code columns} (name → JPQL path)
     * when the table sorted on one the list declares, else {@code fallback}; {@code tieBreak} keeps pages stable.
     */
    public String orderBy(Map<String, String> columns, String fallback, String tieBreak) {
        String path = sort == null ? null : columns.get(sort);
        String first = path == null ? fallback : path + (ascending ? " ASC" : " DESC");
        return " ORDER BY " + first + ", " + tieBreak;
    }
}
