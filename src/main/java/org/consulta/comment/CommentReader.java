package org.consulta.comment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentReader;
import org.consulta.commitment.CommitmentText;
import org.consulta.commitment.CommitmentVersion;
import org.consulta.tenant.Tenant;
import org.consulta.tenant.TenantScoped;

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

    /**
     * Held contributions are read by their author only (moderators read them in their queue); hidden
     * ones stay in their thread, as a placeholder, so the replies under them keep their place.
     */
    private static final String SHOWN = "AND (c.visibility <> org.consulta.comment.Visibility.HELD OR c.authorId = :v) ";
    /** What counts and reports include: public contributions only. */
    static final String COUNTED = "c.visibility = org.consulta.comment.Visibility.PUBLISHED";

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private CommitmentReader commitments;
    @Inject
    private org.consulta.consultation.ConsultationService consultations;

    /**
     * A page of threads, all of them or those about one section ({@code sectionKey}; {@value #WHOLE}
     * for the commitment as a whole, null for all); none for a visitor who may not read them (see {@link
     * org.consulta.consultation.Consultation#readableBy}), only the counts.
     */
    public CommentThreads threads(Tenant tenant, Long viewerId, String planSlug, String reference, Order order, int page,
                                  String sectionKey) {
        Commitment commitment = commitments.find(tenant, planSlug, reference);
        if (!consultations.discussionReadableBy(tenant, commitment, viewerId, java.time.Instant.now())) {
            return new CommentThreads(List.of(), List.of(), 0, 0, PAGE_SIZE, alignments(commitment), 0, false);
        }
        String about = sectionKey == null ? "" : WHOLE.equals(sectionKey) ? "AND c.sectionKey IS NULL " : "AND c.sectionKey = :s ";
        String sort = switch (order) {
            case SUPPORT -> "(c.upVotes - c.downVotes) DESC, c.id DESC";
            case NEWEST -> "c.id DESC";
            case OLDEST -> "c.id ASC";
        };
        int safePage = Math.max(0, Math.min(page, 100_000));
        TypedQuery<Comment> topQuery = em.createQuery("SELECT c FROM Comment c WHERE c.commitmentId = :c AND c.parentId IS NULL "
                + about + SHOWN + "ORDER BY " + sort, Comment.class).setParameter("c", commitment.getId()).setParameter("v", reader(viewerId));
        TypedQuery<Long> totalQuery = em.createQuery("SELECT COUNT(c) FROM Comment c WHERE c.commitmentId = :c "
                + "AND c.parentId IS NULL " + about + SHOWN, Long.class).setParameter("c", commitment.getId()).setParameter("v", reader(viewerId));
        if (sectionKey != null && !WHOLE.equals(sectionKey)) {
            topQuery.setParameter("s", sectionKey);
            totalQuery.setParameter("s", sectionKey);
        }
        List<Comment> top = topQuery.setFirstResult(safePage * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        long total = totalQuery.getSingleResult();
        List<Long> ids = top.stream().map(Comment::getId).toList();
        List<Comment> replies = ids.isEmpty() ? List.of() : em.createQuery(
                "SELECT c FROM Comment c WHERE c.rootId IN :ids " + SHOWN + "ORDER BY c.id", Comment.class).setParameter("ids", ids)
                .setParameter("v", reader(viewerId)).getResultList();
        Map<Long, String> names = names(top, replies);
        Map<Integer, CommitmentText> versions = versions(commitment, top);
        Map<Long, Response> responses = ids.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT r FROM Response r WHERE r.commentId IN :ids", Response.class).setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.toMap(Response::getCommentId, r -> r));
        CommitmentText current = commitment.getCurrentVersion().getContent();
        List<ShownComment> threads = new ArrayList<>();
        List<ShownComment> removed = new ArrayList<>();
        for (Comment c : top) {
            CommentAnchor anchor = CommentAnchor.of(c.getSectionKey(), versions.getOrDefault(c.getVersionNumber(), current), current);
            ShownComment shown = new ShownComment(c, names.get(c.getAuthorId()), anchor, thread(c, replies, names),
                    responses.get(c.getId()));
            (anchor == CommentAnchor.REMOVED ? removed : threads).add(shown);
        }
        long answered = em.createQuery("SELECT COUNT(r) FROM Response r, Comment c WHERE r.commentId = c.id "
                + "AND c.commitmentId = :c AND c.withdrawn = :no AND " + COUNTED, Long.class).setParameter("c", commitment.getId()).setParameter("no", false).setHint("eclipselink.jdbc.bind-parameters", "true").getSingleResult();
        return new CommentThreads(threads, removed, total, safePage, PAGE_SIZE, alignments(commitment), answered, true);
    }

    private static Long reader(Long viewerId) {
        return viewerId == null ? -1L : viewerId;
    }

    /** The replies under {@code parent}, depth first, in the order they were written. */
    private static List<ShownComment> thread(Comment parent, List<Comment> replies, Map<Long, String> names) {
        List<ShownComment> out = new ArrayList<>();
        for (Comment r : replies) {
            if (parent.getId().equals(r.getParentId())) {
                out.add(new ShownComment(r, names.get(r.getAuthorId()), CommentAnchor.WHOLE_COMMITMENT, thread(r, replies, names), null));
            }
        }
        return out;
    }

    private Map<Long, String> names(List<Comment> top, List<Comment> replies) {
        List<Long> authors = new ArrayList<>();
        top.forEach(c -> authors.add(c.getAuthorId()));
        replies.forEach(c -> authors.add(c.getAuthorId()));
        if (authors.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        // deleted accounts are anonymised: their name shows as "deleted participant" on the page
        em.createQuery("SELECT a.id, a.displayName, a.deletedAt FROM Account a WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", authors.stream().distinct().toList()).getResultList()
                .forEach(row -> names.put((Long) row[0], row[2] == null ? (String) row[1] : null));
        return names;
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

    private Map<String, Map<Alignment, Long>> alignments(Commitment commitment) {
        Map<String, Map<Alignment, Long>> counts = new HashMap<>();
        em.createQuery("SELECT c.sectionKey, c.alignment, COUNT(c) FROM Comment c WHERE c.commitmentId = :c "
                        + "AND c.parentId IS NULL AND c.withdrawn = :no AND " + COUNTED + " GROUP BY c.sectionKey, c.alignment", Object[].class)
                .setParameter("c", commitment.getId()).setParameter("no", false).setHint("eclipselink.jdbc.bind-parameters", "true").getResultList()
                .forEach(row -> counts.computeIfAbsent(row[0] == null ? "" : (String) row[0], k -> new EnumMap<>(Alignment.class))
                        .put((Alignment) row[1], (Long) row[2]));
        return counts;
    }
}
