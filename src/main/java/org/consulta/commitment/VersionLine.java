package org.consulta.commitment;

import java.time.Instant;

/** A published version in the list a reader picks from: number, date, change note. */
public record VersionLine(int number, Instant publishedAt, String changeNote) {

    public int getNumber() { return number; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getChangeNote() { return changeNote; }
}
