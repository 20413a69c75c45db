package org.consulta.search;

/**
 * A search result: what was found (a plan, a commitment of a plan, a proposal), its title and the start of
 * its text; {@code machine}: some of it is a machine translation no person has reviewed; {@code language}:
 * the language the title and text are in (another one than the reader's when no translation exists).
 */
public record SearchHit(String kind, String planSlug, String reference, String title, String excerpt, boolean machine,
                        String language) {

    public String getKind() { return kind; }
    public String getPlanSlug() { return planSlug; }
    public String getReference() { return reference; }
    public String getTitle() { return title; }
    public String getExcerpt() { return excerpt; }
    public boolean isMachine() { return machine; }
    public String getLanguage() { return language; }

    /** Where it is read, after the repository's address: a plan, a commitment, or a proposal ({@code P} and its id). */
    public String getPath() {
        if ("PROPOSAL".equals(kind)) {
            return "proposals/" + reference.substring(1);
        }
        return "plans/" + planSlug + "/" + (reference == null ? "" : reference);
    }
}
