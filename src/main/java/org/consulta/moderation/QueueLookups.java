package org.consulta.moderation;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.comment.Comment;
import org.consulta.comment.ModerationReason;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One statement each for what a page of the queue needs about its items: names, places, flag counts. */
@Dependent
class QueueLookups {

    /** What waits for a moderator, as JPQL sources: held contributions, open flags, undecided appeals. */
    private static final String HELD = "FROM Comment c WHERE c.visibility = :held";
    private static final String FLAGS = "FROM Flag f WHERE f.resolvedAt IS NULL";
    private static final String APPEALS = "FROM Appeal a WHERE a.decidedAt IS NULL";

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @jakarta.inject.Inject
    private org.consulta.account.PublicNames publicNames;
    @jakarta.inject.Inject
    private org.consulta.commitment.CommitmentAddresses addresses;
    @jakarta.inject.Inject
    private org.consulta.comment.ProposalDiscussions proposals;

    /** Public display names; deleted accounts map to null. */
    Map<Long, String> names(Collection<Long> accountIds) {
        return publicNames.of(accountIds);
    }

    /** By comment id, where each contribution is read: its commitment's page or its proposal's, in two statements at most. */
    Map<Long, Place> places(org.consulta.kernel.Tenant tenant, List<Comment> comments) {
        Map<Long, Place> byCommitment = new HashMap<>();
        List<Long> ids = comments.stream().map(Comment::getCommitmentId).filter(java.util.Objects::nonNull).distinct().toList();
        if (!ids.isEmpty()) {
            addresses.of(ids).values().forEach(at -> byCommitment.put(at.id(), new Place(at.planSlug(), at.reference())));
        }
        List<Long> proposalIds = comments.stream().map(Comment::getProposalId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> titles = proposalIds.isEmpty() ? Map.of() : proposals.titles(tenant, proposalIds);
        Map<Long, Place> places = new HashMap<>();
        for (Comment c : comments) {
            places.put(c.getId(), c.isOnProposal() ? new Place(null, titles.getOrDefault(c.getProposalId(), ""), c.getProposalId())
                    : byCommitment.get(c.getCommitmentId()));
        }
        return places;
    }

    Map<Long, Map<ModerationReason, Long>> openFlags(TargetType type, List<Long> targetIds) {
        Map<Long, Map<ModerationReason, Long>> flags = new HashMap<>();
        if (!targetIds.isEmpty()) {
            em.createQuery("SELECT NEW org.consulta.moderation.FlagCount(f.targetId, f.reason, COUNT(f)) FROM Flag f "
                            + "WHERE f.targetType = :t AND f.targetId IN :ids AND f.resolvedAt IS NULL GROUP BY f.targetId, f.reason",
                            FlagCount.class)
                    .setParameter("t", type).setParameter("ids", targetIds).getResultList()
                    .forEach(row -> flags.computeIfAbsent(row.targetId(), k -> new EnumMap<>(ModerationReason.class))
                            .put(row.reason(), row.count()));
        }
        return flags;
    }

    /** Counts and the oldest wait (a flag's age, not its comment's). */
    Waiting waiting() {
        java.time.Instant oldest = java.util.stream.Stream.of(first("SELECT c.createdAt " + HELD + " ORDER BY c.createdAt"),
                        first("SELECT f.createdAt " + FLAGS + " ORDER BY f.createdAt"),
                        first("SELECT a.createdAt " + APPEALS + " ORDER BY a.createdAt"))
                .flatMap(java.util.Optional::stream).min(java.time.Instant::compareTo).orElse(null);
        return new Waiting(count("SELECT COUNT(c) " + HELD), count("SELECT COUNT(DISTINCT f.targetId) " + FLAGS),
                count("SELECT COUNT(a) " + APPEALS), oldest);
    }

    /** When the newest waiting item arrived (a held contribution, an open flag, an appeal); null if none. */
    java.time.Instant newestWaiting() {
        return java.util.stream.Stream.of(
                        first("SELECT c.createdAt " + HELD + " ORDER BY c.createdAt DESC"),
                        first("SELECT f.createdAt " + FLAGS + " ORDER BY f.createdAt DESC"),
                        first("SELECT a.createdAt " + APPEALS + " ORDER BY a.createdAt DESC"))
                .flatMap(java.util.Optional::stream).max(java.time.Instant::compareTo).orElse(null);
    }

    private long count(String jpql) {
        return held(em.createQuery(jpql, Long.class)).getSingleResult();
    }

    /** Binds {@link #HELD}'s parameter when the query uses it. */
    private static <T> jakarta.persistence.TypedQuery<T> held(jakarta.persistence.TypedQuery<T> query) {
        return query.getParameters().stream().anyMatch(p -> "held".equals(p.getName()))
                ? query.setParameter("held", org.consulta.comment.Visibility.HELD) : query;
    }

    /** The first instant a query gives (its order says whether the oldest or the newest). */
    private java.util.Optional<java.time.Instant> first(String jpql) {
        return held(em.createQuery(jpql, java.time.Instant.class)).setMaxResults(1).getResultStream().findFirst();
    }
}
