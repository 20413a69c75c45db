package org.consulta.comment;

/**
 * Fired, in the transaction of the change, whenever a contribution to a commitment (or to a proposal:
 * {@code commitmentId} null) is posted, withdrawn, held, moderated or answered: what the pages count
 * must follow at once.
 */
public record DiscussionChanged(Long commitmentId, Long proposalId) {

    public DiscussionChanged(long commitmentId) {
        this(commitmentId, null);
    }

    /** Commitments first, by id (the order their tallies are locked in), then proposals. */
    public static final java.util.Comparator<DiscussionChanged> LOCK_ORDER = java.util.Comparator
            .comparing(DiscussionChanged::commitmentId, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(DiscussionChanged::proposalId, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

    /** The discussion this contribution is in: a commitment's, or a proposal's. */
    public static DiscussionChanged of(Comment comment) {
        return new DiscussionChanged(comment.getCommitmentId(), comment.getProposalId());
    }
}
