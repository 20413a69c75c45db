package org.consulta.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.consulta.kernel.Slice;
import org.consulta.kernel.Tenant;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Pages of the audit log, read inside a service that has already checked the reader's role.
 * Paginated, sorted and filtered in the database (newest first unless a column is sorted on); {@code tenant}
 * null reads the platform's own log. Filters: {@code action} (exact), {@code target} (part of it, any case).
 */
@Dependent
public class AuditReader {

    public static final int PAGE_SIZE = 25;

    /** The columns a table may sort the log on. */
    private static final Map<String, String> COLUMNS = Map.of("createdAt", "e.createdAt", "action", "e.action",
            "target", "e.target");

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private ActorNames actors;

    public List<AuditLine> page(Tenant tenant, String action, int page) {
        return slice(tenant, new Slice(Math.max(0, page) * PAGE_SIZE, PAGE_SIZE, null, false,
                action == null ? Map.of() : Map.of("action", action)));
    }

    public List<AuditLine> slice(Tenant tenant, Slice slice) {
        TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e WHERE " + where(tenant, slice)
                + slice.orderBy(COLUMNS, "e.createdAt DESC", "e.id DESC"), AuditEntry.class);
        bind(query, tenant, slice);
        List<AuditEntry> entries = query.setFirstResult(slice.first()).setMaxResults(slice.size()).getResultList();
        Map<Long, String> names = actors.displayNames(entries.stream().map(AuditEntry::getActorId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return entries.stream().map(e -> new AuditLine(e, e.getActorId() == null ? null : names.get(e.getActorId()))).toList();
    }

    /** How many entries the slice's filters keep, for the table's pager. */
    public int count(Tenant tenant, Slice slice) {
        Query query = em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE " + where(tenant, slice));
        bind(query, tenant, slice);
        return ((Number) query.getSingleResult()).intValue();
    }

    private static String where(Tenant tenant, Slice slice) {
        return (tenant == null ? "e.repositoryId IS NULL" : "e.repositoryId = :repo")
                + (slice.filter("action") == null ? "" : " AND e.action = :action")
                + (slice.filter("target") == null ? "" : " AND LOWER(e.target) LIKE :target ESCAPE '\\'");
    }

    private static void bind(Query query, Tenant tenant, Slice slice) {
        if (tenant != null) {
            query.setParameter("repo", tenant.id());
        }
        if (slice.filter("action") != null) {
            query.setParameter("action", slice.filter("action"));
        }
        if (slice.filter("target") != null) {
            query.setParameter("target", Slice.containing(slice.filter("target")));
        }
    }
}
