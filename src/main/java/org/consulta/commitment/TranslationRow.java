package org.consulta.commitment;

import org.consulta.i18n.ShownText;

/**
 * A line of the side-by-side translation editor: the section's text in the source language and what
 * the target language has (null when missing), with its state.
 */
public class TranslationRow {

    private final String key;
    private final String field;
    private final ShownText source;
    private final ShownText target;
    private String typed;

    TranslationRow(String key, String field, ShownText source, ShownText target) {
        this.key = key;
        this.field = field;
        this.source = source;
        this.target = target;
        this.typed = target == null ? "" : target.text();
    }

    public String getKey() { return key; }
    public String getField() { return field; }
    public ShownText getSource() { return source; }
    public ShownText getTarget() { return target; }
    public boolean isMissing() { return target == null; }
    /** What the editor typed for the target language; starts as the current translation. */
    public String getTyped() { return typed; }
    public void setTyped(String typed) { this.typed = typed; }
}
