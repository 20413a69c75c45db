package org.consulta.search;

/**
 * A search result: what was found (a plan, or a commitment of a plan), its title and the start of its text;
 * {@code machine}: some of it is a machine translation no person has reviewed.
 */
public record SearchHit(String kind, String planSlug, String reference, String title, String excerpt, boolean machine) {

    public String getKind() { return kind; }
    public String getPlanSlug() { return planSlug; }
    public String getReference() { return reference; }
    public String getTitle() { return title; }
    public String getExcerpt() { return excerpt; }
    public boolean isMachine() { return machine; }

    /** Where it is read, after the repository's address: a plan, a commitment, or a proposal ({@code P} and its id). */
    public String getPath() {
        if ("PROPOSAL".equals(kind)) {
            return "proposals/" + reference.substring(1);
        }
        return "plans/" + planSlug + "/" + (reference == null ? "" : reference);
    }
}
