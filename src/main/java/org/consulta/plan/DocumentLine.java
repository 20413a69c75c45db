package org.consulta.plan;

import java.time.Instant;

/** A document as a plan page lists it, without its content. */
public record DocumentLine(Long id, String fileName, DocumentType type, long size, Instant addedAt) {

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public DocumentType getType() { return type; }
    public long getSize() { return size; }
    public Instant getAddedAt() { return addedAt; }
}
