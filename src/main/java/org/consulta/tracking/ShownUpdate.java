package org.consulta.tracking;

/**
 * One progress update as its own page shows it, above its discussion: its author's public name (null
 * once the account is deleted) and whether civil society may still comment (the commitment is adopted).
 */
public record ShownUpdate(ProgressUpdate update, String authorName, boolean open) {

    public ProgressUpdate getUpdate() { return update; }
    public String getAuthorName() { return authorName; }
    public boolean isOpen() { return open; }
}
