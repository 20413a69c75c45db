package org.consulta.comment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentReader;
import org.consulta.commitment.CommitmentText;
import org.consulta.commitment.CommitmentVersion;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A commitment's discussion, a page of threads at a time, paginated in the database: a fixed number
 * of statements whatever the number of comments (the commitment, threads, their count, replies,
 * authors, the older versions the page's comments were written on, responses, answered and alignment counts).
 */
@Stateless
@TenantScoped
public class CommentReader {

    public enum Order { SUPPORT, NEWEST, OLDEST }

    public static final int PAGE_SIZE = 20;
    /** The "section" of comments about the commitment as a whole. */
    public static final String WHOLE = "whole";

    /** What counts and reports include: public contributions only. */
    static final String COUNTED = "c.visibility = :published";
    /** A commitment's consultation comments (parameter {@code c}), not those on its progress updates. */
    private static final String IN_CONSULTATIONS = "c.commitmentId = :c AND c.progressUpdateId IS NULL";
    private static final String ON_UPDATE = "c.progressUpdateId = :u";
    /** A proposal's discussion: its comments, not the statement that carries its own text. */
    private static final String ON_PROPOSAL = "c.proposalId = :p AND c.statementOf IS NULL";

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private CommitmentReader commitments;
    @Inject
    private org.consulta.consultation.ConsultationService consultations;
    @Inject
    private ThreadPage pages;
    @Inject
    private DiscussionTally tallies;

    /**
     * Refuses a contribution that is not in the discussion the person acted from (this commitment's
     * consultations, or the progress update {@code progressUpdateId}): a forged or stale id acts on nothing.
     */
    public void requireIn(Tenant tenant, long commentId, long commitmentId, Long progressUpdateId) {
        boolean here = em.createQuery("SELECT c FROM Comment c WHERE c.id = :id", Comment.class).setParameter("id", commentId)
                .getResultStream().anyMatch(c -> c.isIn(commitmentId, progressUpdateId));
        if (!here) {
            throw new RefusedException("comment.refused.not_here");
        }
    }

    /**
     * A page of threads, all of them or those about one section ({@code sectionKey}; {@value #WHOLE}
     * for the commitment as a whole, null for all); none for a visitor who may not read them (see {@link
     * org.consulta.consultation.Consultation#readableBy}), only the counts. Comments on progress
     * updates are not part of it: they are read with their update.
     */
    public CommentThreads threads(Tenant tenant, Long viewerId, String planSlug, String reference, Order order, int page,
                                  String sectionKey) {
        Commitment commitment = commitments.find(tenant, planSlug, reference);
        List<DiscussionTally.Row> tally = tallies.of(commitment.getId());
        Map<String, Map<Alignment, Long>> alignments = alignments(tally);
        if (!consultations.discussionReadableBy(tenant, commitment, viewerId, java.time.Instant.now())) {
            return new CommentThreads(List.of(), List.of(), 0, 0, PAGE_SIZE, alignments, 0, false);
        }
        String where = IN_CONSULTATIONS + (sectionKey == null ? "" : WHOLE.equals(sectionKey) ? " AND c.sectionKey IS NULL" : " AND c.sectionKey = :s");
        Map<String, Object> parameters = new HashMap<>(Map.of("c", commitment.getId()));
        if (sectionKey != null && !WHOLE.equals(sectionKey)) {
            parameters.put("s", sectionKey);
        }
        int safePage = safe(page);
        ThreadPage.Read read = pages.read(where, parameters, viewerId, order, safePage, PAGE_SIZE,
                shown(tally, sectionKey) + ownHeld(where, parameters, viewerId));
        Map<Integer, CommitmentText> versions = versions(commitment, read.top());
        CommitmentText current = commitment.getCurrentVersion().getContent();
        List<ShownComment> threads = new ArrayList<>();
        List<ShownComment> removed = new ArrayList<>();
        for (Comment c : read.top()) {
            CommentAnchor anchor = CommentAnchor.of(c.getSectionKey(), versions.getOrDefault(c.getVersionNumber(), current), current);
            (anchor == CommentAnchor.REMOVED ? removed : threads).add(read.shown(c, anchor));
        }
        long answered = tally.stream().filter(r -> r.counted() && r.answered()).mapToLong(DiscussionTally.Row::count).sum();
        return new CommentThreads(threads, removed, read.total(), safePage, PAGE_SIZE, alignments, answered, true);
    }

    /**
     * A page of the discussion of one progress update (public, like the update itself). The caller
     * has found the update in this repository; an unknown id simply has no comments.
     */
    public CommentThreads progressThreads(Tenant tenant, Long viewerId, long updateId, Order order, int page) {
        int safePage = safe(page);
        Map<String, Object> update = Map.of("u", updateId);
        ThreadPage.Read read = pages.read(ON_UPDATE, update, viewerId, order, safePage, PAGE_SIZE, null);
        List<ShownComment> threads = read.top().stream().map(c -> read.shown(c, CommentAnchor.WHOLE_COMMITMENT)).toList();
        long answerable = em.createQuery("SELECT COUNT(c) FROM Comment c WHERE " + ON_UPDATE + " AND c.parentId IS NULL "
                + "AND c.withdrawn = :no AND " + COUNTED, Long.class).setParameter("u", updateId).setParameter("no", false)
                .setParameter("published", Visibility.PUBLISHED)
                .setHint("eclipselink.jdbc.bind-parameters", "true").getSingleResult();
        return new CommentThreads(threads, List.of(), read.total(), safePage, PAGE_SIZE,
                Map.of(), pages.answered(ON_UPDATE, update), answerable, true);
    }

    /** The contribution that carries a proposal's own text for moderation, if the proposal has one. */
    public java.util.Optional<Comment> statementOf(Tenant tenant, long proposalId) {
        return em.createQuery("SELECT c FROM Comment c WHERE c.statementOf = :p", Comment.class).setParameter("p", proposalId)
                .getResultStream().findFirst();
    }

    /** A page of the discussion of one proposal (public, like the proposal). An unknown id simply has no comments. */
    public CommentThreads proposalThreads(Tenant tenant, Long viewerId, long proposalId, Order order, int page) {
        int safePage = safe(page);
        ThreadPage.Read read = pages.read(ON_PROPOSAL, Map.of("p", proposalId), viewerId, order, safePage, PAGE_SIZE, null);
        List<ShownComment> threads = read.top().stream().map(c -> read.shown(c, CommentAnchor.WHOLE_COMMITMENT)).toList();
        return new CommentThreads(threads, List.of(), read.total(), safePage, PAGE_SIZE, Map.of(), 0, 0, true);
    }

    /**
     * Refuses a contribution that is not in this proposal's discussion (or, {@code statementToo}, its statement,
     * which moderation acts on): a forged or stale id acts on nothing.
     */
    public void requireInProposal(Tenant tenant, long commentId, long proposalId, boolean statementToo) {
        boolean here = em.createQuery("SELECT c FROM Comment c WHERE c.id = :id", Comment.class).setParameter("id", commentId)
                .getResultStream().anyMatch(c -> c.isInProposal(proposalId) && (statementToo || !c.isStatement()));
        if (!here) {
            throw new RefusedException("comment.refused.not_here");
        }
    }

    private static int safe(int page) {
        return Math.max(0, Math.min(page, 100_000));
    }

    private Map<Integer, CommitmentText> versions(Commitment commitment, List<Comment> top) {
        List<Integer> numbers = top.stream().map(Comment::getVersionNumber)
                .filter(n -> n != commitment.getVersionCount()).distinct().toList();
        if (numbers.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT v FROM CommitmentVersion v WHERE v.commitment = :c AND v.number IN :n",
                        CommitmentVersion.class).setParameter("c", commitment).setParameter("n", numbers).getResultList()
                .stream().collect(Collectors.toMap(CommitmentVersion::getNumber, CommitmentVersion::getContent, (a, b) -> a));
    }

    /** Counted contributions (public, not withdrawn) by section ("" for the whole commitment) and alignment. */
    private static Map<String, Map<Alignment, Long>> alignments(List<DiscussionTally.Row> tally) {
        Map<String, Map<Alignment, Long>> counts = new HashMap<>();
        tally.stream().filter(r -> r.counted() && r.alignment() != null).forEach(r -> counts
                .computeIfAbsent(r.sectionKey(), k -> new EnumMap<>(Alignment.class)).merge(r.alignment(), r.count(), Long::sum));
        return counts;
    }

    /** Top-level contributions everyone sees in the discussion or one section of it: all but held ones. */
    private static long shown(List<DiscussionTally.Row> tally, String sectionKey) {
        String key = WHOLE.equals(sectionKey) ? "" : sectionKey;
        return tally.stream().filter(r -> r.visibility() != Visibility.HELD && (key == null || key.equals(r.sectionKey())))
                .mapToLong(DiscussionTally.Row::count).sum();
    }

    /** The viewer's own contributions still held for moderation, which they alone see in place. */
    private long ownHeld(String where, Map<String, Object> parameters, Long viewerId) {
        if (viewerId == null) {
            return 0;
        }
        var query = em.createQuery("SELECT COUNT(c) FROM Comment c WHERE " + where + " AND c.parentId IS NULL AND "
                + "c.authorId = :v AND c.visibility = :held", Long.class).setParameter("v", viewerId)
                .setParameter("held", Visibility.HELD);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
