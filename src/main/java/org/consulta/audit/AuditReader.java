package org.consulta.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.consulta.kernel.Tenant;

import java.util.List;

/**
 * Pages of the audit log, read inside a service that has already checked the reader's role.
 * Paginated in the database, newest first; {@code tenant} null reads the platform's own log.
 */
@Dependent
public class AuditReader {

    public static final int PAGE_SIZE = 25;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    public List<AuditLine> page(Tenant tenant, String action, int page) {
        TypedQuery<Object[]> query = em.createQuery("SELECT e, a.displayName FROM AuditEntry e "
                + "LEFT JOIN Account a ON a.id = e.actorId WHERE "
                + (tenant == null ? "e.repositoryId IS NULL" : "e.repositoryId = :repo")
                + (action == null ? "" : " AND e.action = :action")
                + " ORDER BY e.createdAt DESC, e.id DESC", Object[].class);
        if (tenant != null) {
            query.setParameter("repo", tenant.id());
        }
        if (action != null) {
            query.setParameter("action", action);
        }
        return query.setFirstResult(Math.max(0, page) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList().stream()
                .map(row -> new AuditLine((AuditEntry) row[0], (String) row[1])).toList();
    }
}
