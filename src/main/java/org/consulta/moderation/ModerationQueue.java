package org.consulta.moderation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.consulta.account.Permissions;
import org.consulta.comment.Comment;
import org.consulta.comment.Visibility;
import org.consulta.consultation.Consultation;
import org.consulta.consultation.ConsultationService;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The moderators' view of contributions: held, flagged (open flags), hidden; a page at a time from
 * the database with a fixed number of statements, narrowed by reason and consultation, sorted by
 * flags or age. Only this repository's moderators read it.
 */
@Stateless
@TenantScoped
public class ModerationQueue {

    public static final int PAGE_SIZE = 25;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private ModerationRules rules;
    @Inject
    private Permissions permissions;
    @Inject
    private QueueLookups lookups;
    @Inject
    private ConsultationService consultationList;

    public QueuePage<QueueItem> contributions(Tenant tenant, Long moderatorId, QueueFilter filter) {
        permissions.require(tenant, moderatorId, ModerationPermissions.MODERATE);
        String where = switch (filter.tab()) {
            case HELD, HIDDEN -> "c.visibility = :visibility";
            case FLAGGED -> "c.openFlags > 0";
        };
        if (filter.reason() != null) {
            where += filter.tab() == QueueFilter.Tab.HIDDEN ? " AND c.hiddenReason = :r"
                    : " AND EXISTS (SELECT f FROM Flag f WHERE f.targetType = :comment "
                    + "AND f.targetId = c.id AND f.resolvedAt IS NULL AND f.reason = :r)";
        }
        if (filter.progress()) {
            where += " AND c.progressUpdateId IS NOT NULL";
        } else if (filter.consultationId() != null) {
            where += " AND c.consultationId = :k";
        }
        String order = switch (filter.sort() == null ? QueueFilter.Sort.FLAGS : filter.sort()) {
            case FLAGS -> "c.openFlags DESC, c.id";
            case OLDEST -> "c.id";
            case NEWEST -> "c.id DESC";
        };
        int page = Math.max(0, Math.min(filter.page(), 100_000));
        List<Comment> comments = bind(em.createQuery("SELECT c FROM Comment c WHERE " + where + " ORDER BY " + order,
                Comment.class), filter).setFirstResult(page * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        long total = bind(em.createQuery("SELECT COUNT(c) FROM Comment c WHERE " + where, Long.class), filter).getSingleResult();
        Map<Long, String> names = lookups.names(comments.stream().map(Comment::getAuthorId).toList());
        Map<Long, Place> places = lookups.places(tenant, comments);
        Map<Long, Map<org.consulta.comment.ModerationReason, Long>> flags =
                lookups.openFlags(TargetType.COMMENT, comments.stream().map(Comment::getId).toList());
        List<QueueItem> items = new ArrayList<>();
        for (Comment c : comments) {
            items.add(new QueueItem(c, names.get(c.getAuthorId()), places.get(c.getId()),
                    flags.getOrDefault(c.getId(), Map.of()), c.getAuthorId().equals(moderatorId)));
        }
        return new QueuePage<>(items, total, page, PAGE_SIZE);
    }

    /** For the back office and the digest: counts and the oldest wait (a flag's age, not its comment's). */
    public Waiting waiting(Tenant tenant, Long moderatorId) {
        permissions.require(tenant, moderatorId, ModerationPermissions.MODERATE);
        return lookups.waiting();
    }

    /** The repository's consultations, newest first, for the filter. */
    public List<Consultation> consultations(Tenant tenant, Long moderatorId) {
        permissions.require(tenant, moderatorId, ModerationPermissions.MODERATE);
        return consultationList.newestFirst(tenant, 200);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, QueueFilter filter) {
        switch (filter.tab()) {
            case HELD -> query.setParameter("visibility", Visibility.HELD);
            case HIDDEN -> query.setParameter("visibility", Visibility.HIDDEN);
            case FLAGGED -> { }
        }
        if (filter.reason() != null) {
            query.setParameter("r", filter.reason());
            if (filter.tab() != QueueFilter.Tab.HIDDEN) {
                query.setParameter("comment", TargetType.COMMENT);
            }
        }
        if (!filter.progress() && filter.consultationId() != null) {
            query.setParameter("k", filter.consultationId());
        }
        return query;
    }
}
