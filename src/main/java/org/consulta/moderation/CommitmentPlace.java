package org.consulta.moderation;

/** Where a contribution sits, as a query row: its commitment's id, plan slug and reference. */
public record CommitmentPlace(Long commitmentId, String planSlug, String reference) {

    public Place place() {
        return new Place(planSlug, reference);
    }
}
