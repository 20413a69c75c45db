package org.consulta.comment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.Query;
import org.consulta.account.Permissions;
import org.consulta.audit.AuditLog;
import org.consulta.commitment.Commitment;
import org.consulta.i18n.LocalizedText;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Slice;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Instant;
import java.util.Map;
import java.util.List;

/**
 * The government's reasoned responses: recorded by the repository's administrators or appointed
 * responders, audited, and mailed to the contribution's author (while they follow the commitment) in
 * their language through the queue.
 */
@Stateless
@TenantScoped
public class ResponseService {

    public static final int PAGE_SIZE = 20;
    static final int MAX_REASONING = 8000;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Permissions permissions;
    @Inject
    private AuditLog audit;
    @Inject
    private ContributionMails contributionMails;

    public boolean canRespond(Tenant tenant, Long accountId) {
        return permissions.allows(tenant, accountId, CommentPermissions.RESPOND);
    }

    @jakarta.inject.Inject
    private jakarta.enterprise.event.Event<DiscussionChanged> discussionChanged;

    /** Records (or revises) the response to a top-level contribution; its author is told by mail. */
    public Response respond(Tenant tenant, Long actorId, long commentId, ResponseForm form) {
        permissions.require(tenant, actorId, CommentPermissions.RESPOND);
        Comment comment = em.createQuery("SELECT c FROM Comment c WHERE c.id = :id", Comment.class)
                .setParameter("id", commentId).getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException("comment.refused.not_found"));
        if (comment.getParentId() != null || !comment.isOpenToOthers()) {
            throw new RefusedException("response.refused.not_a_contribution");
        }
        if (form.getStatus() == null) {
            throw new RefusedException("response.refused.status", "status");
        }
        String original = form.getOriginalLanguage();
        String reasoning = original == null ? null : form.getReasoning().get(original);
        if (reasoning == null || reasoning.isBlank()) { // an emptied box may arrive as null
            throw new RefusedException("response.refused.reasoning", "reasoning");
        }
        if (form.getInstitution() == null || form.getInstitution().isBlank() || form.getInstitution().length() > 200
                || form.getReasoning().values().stream().anyMatch(r -> r != null && r.length() > MAX_REASONING)) {
            throw new RefusedException("response.refused.institution", "institution");
        }
        Response response = em.createQuery("SELECT r FROM Response r WHERE r.commentId = :c", Response.class)
                .setParameter("c", commentId).getResultStream().findFirst().orElse(null);
        boolean first = response == null;
        if (first) {
            response = new Response(commentId);
        }
        LocalizedText before = first ? LocalizedText.empty() : response.getReasoning();
        response.answer(form.getStatus(), before.edited(original, form.getReasoning()), form.getInstitution().strip(),
                actorId, Instant.now());
        if (first) {
            em.persist(response);
            discussionChanged.fire(DiscussionChanged.of(comment));
        }
        Commitment commitment = contributionMails.commitment(comment);
        audit.record(tenant, actorId, first ? "response.recorded" : "response.revised",
                commitment.getPlan().getSlug() + "/" + commitment.getReference() + "#" + commentId, null, form.getStatus().name());
        contributionMails.responded(tenant, comment, form.getStatus());
        return response;
    }

    /** Top-level contributions without a response, oldest first, a page at a time. */
    public List<UnansweredLine> unanswered(Tenant tenant, Long actorId, int page) {
        return readUnanswered(tenant, actorId, Slice.of(page, PAGE_SIZE));
    }

    /**
     * The responders' queue as the back office's table shows it, sorted ({@code postedAt}, {@code reference})
     * and filtered ({@code language} exact, {@code text} part of the contribution, any case) in the database.
     */
    public List<UnansweredLine> readUnanswered(Tenant tenant, Long actorId, Slice slice) {
        permissions.require(tenant, actorId, CommentPermissions.RESPOND);
        TypedQuery<UnansweredLine> query = em.createQuery("SELECT NEW org.consulta.comment.UnansweredLine(c.id, p.slug, m.reference, c.body, "
                + "c.createdAt, c.progressUpdateId, c.language) " + UNANSWERED + where(slice)
                + slice.orderBy(Map.of("postedAt", "c.id", "reference", "m.reference"), "c.id", "c.id"), UnansweredLine.class);
        bind(query, slice);
        return query.setFirstResult(slice.first()).setMaxResults(slice.size()).getResultList();
    }

    public int countUnanswered(Tenant tenant, Long actorId, Slice slice) {
        permissions.require(tenant, actorId, CommentPermissions.RESPOND);
        Query query = em.createQuery("SELECT COUNT(c) " + UNANSWERED + where(slice));
        bind(query, slice);
        return ((Number) query.getSingleResult()).intValue();
    }

    private static final String UNANSWERED = "FROM Comment c, Commitment m JOIN m.plan p WHERE m.id = c.commitmentId "
            + "AND c.parentId IS NULL AND c.withdrawn = :no AND " + CommentReader.COUNTED
            + " AND NOT EXISTS (SELECT r FROM Response r WHERE r.commentId = c.id)";

    private static String where(Slice slice) {
        return (slice.filter("language") == null ? "" : " AND c.language = :language")
                + (slice.filter("text") == null ? "" : " AND LOWER(c.body) LIKE :text ESCAPE '\\'");
    }

    private static void bind(Query query, Slice slice) {
        query.setParameter("no", false).setParameter("published", Visibility.PUBLISHED)
                .setHint("eclipselink.jdbc.bind-parameters", "true");
        if (slice.filter("language") != null) {
            query.setParameter("language", slice.filter("language"));
        }
        if (slice.filter("text") != null) {
            query.setParameter("text", Slice.containing(slice.filter("text")));
        }
    }
}
