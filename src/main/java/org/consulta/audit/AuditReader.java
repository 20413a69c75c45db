package org.consulta.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.consulta.kernel.Tenant;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Pages of the audit log, read inside a service that has already checked the reader's role.
 * Paginated in the database, newest first; {@code tenant} null reads the platform's own log.
 */
@Dependent
public class AuditReader {

    public static final int PAGE_SIZE = 25;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private ActorNames actors;

    public List<AuditLine> page(Tenant tenant, String action, int page) {
        TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e WHERE "
                + (tenant == null ? "e.repositoryId IS NULL" : "e.repositoryId = :repo")
                + (action == null ? "" : " AND e.action = :action")
                + " ORDER BY e.createdAt DESC, e.id DESC", AuditEntry.class);
        if (tenant != null) {
            query.setParameter("repo", tenant.id());
        }
        if (action != null) {
            query.setParameter("action", action);
        }
        List<AuditEntry> entries = query.setFirstResult(Math.max(0, page) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        Map<Long, String> names = actors.displayNames(entries.stream().map(AuditEntry::getActorId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return entries.stream().map(e -> new AuditLine(e, e.getActorId() == null ? null : names.get(e.getActorId()))).toList();
    }
}
