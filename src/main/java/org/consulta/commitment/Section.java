package org.consulta.commitment;

/**
 * One paragraph of a commitment's template field, in one version. {@code key} is its identity: it
 * survives edits of the paragraph, moves and edits elsewhere, so that comments anchored to it can
 * follow the text from version to version.
 */
public record Section(String key, String field, int position, String text) {
}
