package org.consulta.comment;

/**
 * Fired, in the transaction of the change, whenever a contribution to a commitment is posted,
 * withdrawn, held, moderated or answered: what the commitment's pages count must follow at once.
 */
public record DiscussionChanged(long commitmentId) {
}
