package org.consulta.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.consulta.opendata.Row;

import java.util.List;
import java.util.Map;

/**
 * A dataset row as the API gives it: plain cells as they are; a translated field (columns {@code x_fr},
 * {@code x_fr_status}, … ) as {@code {"value", "language", "status"}} in the reader's language, or — when it
 * has no text there — in the first language that has one, saying so by its status and language.
 */
final class Translated {

    /** One provider: {@code Json.create…} looks it up on the class path at every call (a hot path under load). */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    private Translated() {
    }

    static JsonObject of(Row row, String reader, List<String> languages) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (Map.Entry<String, Object> cell : row.entrySet()) {
            String column = cell.getKey();
            String base = base(column, languages);
            if (base == null) {
                add(out, column, cell.getValue());
            } else if (column.equals(base + "_" + languages.get(0))) {
                out.add(base, field(row, base, reader, languages));
            }
        }
        return out.build();
    }

    /** The field a column belongs to when it is one of a translated field's columns; null otherwise. */
    private static String base(String column, List<String> languages) {
        for (String lang : languages) {
            if (column.endsWith("_" + lang + "_status")) {
                return column.substring(0, column.length() - lang.length() - 8);
            }
            if (column.endsWith("_" + lang)) {
                return column.substring(0, column.length() - lang.length() - 1);
            }
        }
        return null;
    }

    private static JsonObject field(Row row, String base, String reader, List<String> languages) {
        String chosen = reader;
        if ("MISSING".equals(row.get(base + "_" + reader + "_status"))) {
            chosen = languages.stream().filter(l -> !"MISSING".equals(row.get(base + "_" + l + "_status"))).findFirst().orElse(reader);
        }
        return JSON.createObjectBuilder().add("value", String.valueOf(row.get(base + "_" + chosen)))
                .add("language", chosen).add("status", String.valueOf(row.get(base + "_" + chosen + "_status"))).build();
    }

    private static void add(JsonObjectBuilder out, String key, Object value) {
        if (value == null) {
            out.addNull(key);
        } else if (value instanceof Number n) {
            out.add(key, n.longValue());
        } else {
            out.add(key, value.toString());
        }
    }
}
