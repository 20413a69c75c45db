package org.consulta.moderation;

/** Where a contribution was written: its plan's slug and its commitment's reference, for the link. */
public record Place(String planSlug, String reference) {

    public String getPlanSlug() { return planSlug; }
    public String getReference() { return reference; }
}
