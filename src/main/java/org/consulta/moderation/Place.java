package org.consulta.moderation;

/**
 * Where a contribution was written, for the link and its label: a commitment (its plan's slug and its
 * reference), or a proposal ({@code proposalId}, its title as the label).
 */
public record Place(String planSlug, String reference, Long proposalId) {

    public Place(String planSlug, String reference) {
        this(planSlug, reference, null);
    }

    public String getPlanSlug() { return planSlug; }
    /** The commitment's reference, or the proposal's title. */
    public String getReference() { return reference; }

    /** The page, after the repository's address: {@code plans/x/C1} or {@code proposals/12}. */
    public String getPath() {
        return proposalId != null ? "proposals/" + proposalId : "plans/" + planSlug + "/" + reference;
    }
}
