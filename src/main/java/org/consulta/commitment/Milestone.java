package org.consulta.commitment;

import java.time.LocalDate;

/** A milestone's dates; its deliverable is the {@link TemplateField#MILESTONE} section with the same key. */
public record Milestone(String key, LocalDate start, LocalDate end) {

    public String getKey() {
        return key;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }
}
