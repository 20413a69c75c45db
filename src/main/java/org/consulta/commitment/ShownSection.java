package org.consulta.commitment;

import org.consulta.i18n.ShownText;

/** One section as a reader sees it: its key (what comments anchor to) and its text in their language. */
public record ShownSection(String key, String field, ShownText text) {

    public String getKey() { return key; }
    public String getField() { return field; }
    public ShownText getText() { return text; }
}
