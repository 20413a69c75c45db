package org.consulta.opendata;

import org.consulta.i18n.LocalizedText;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * One record of a dataset: named cells in a fixed order. A translatable field becomes, per language of
 * the repository, its text and its status (original, human, machine, or missing) — the same columns
 * whether or not a text exists.
 */
public final class Row extends LinkedHashMap<String, Object> {

    private static final long serialVersionUID = 1L;

    public Row with(String column, Object value) {
        put(column, value);
        return this;
    }

    public Row translated(String column, LocalizedText text, List<String> languages) {
        for (String lang : languages) {
            var t = text == null ? java.util.Optional.<org.consulta.i18n.Translation>empty() : text.in(lang);
            put(column + "_" + lang, t.map(org.consulta.i18n.Translation::text).orElse(""));
            put(column + "_" + lang + "_status", t.map(x -> x.status().name()).orElse("MISSING"));
        }
        return this;
    }
}
