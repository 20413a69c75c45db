package org.consulta.comment;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What anyone may read of one participant's contributions in a repository, for their profile page: their
 * published comments and replies (not withdrawn, not held, not hidden), newest first, paginated in the
 * database. Native SQL with the repository bound (the tenant filter does not apply to it).
 */
@Stateless
@TenantScoped
public class PublicContributions {

    public static final int PAGE_SIZE = 20;

    /** One contribution: its text, where it was written ("2025-2027 · C1", "P12"), its path in the repository. */
    public record Line(String text, String place, String path, Instant at, Long commitmentId, String language) {
        public String getText() { return text.length() > 240 ? text.substring(0, 240) + "…" : text; }
        public String getPlace() { return place; }
        public String getPath() { return path; }
        public Instant getAt() { return at; }
        public String getLanguage() { return language; }
    }

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    /** Up to a page and one (the extra one tells the pager that a page follows). */
    public List<Line> byAuthor(Tenant tenant, long authorId, int page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.body, COALESCE(CONCAT(p.slug, ' · ', m.reference), CONCAT('P', c.proposal_id)), "
                        + "CASE WHEN c.commitment_id IS NULL THEN CONCAT('proposals/', c.proposal_id, '#comment-', c.id) "
                        + "ELSE CONCAT('plans/', p.slug, '/', m.reference, CASE WHEN c.progress_update_id IS NULL THEN '' "
                        + "ELSE CONCAT('/updates/', c.progress_update_id) END, '#comment-', c.id) END, c.created_at, c.commitment_id, c.language "
                        + "FROM comment c LEFT JOIN commitment m ON m.id = c.commitment_id LEFT JOIN action_plan p ON p.id = m.plan_id "
                        + "WHERE c.repository_id = ?1 AND c.author_id = ?2 AND c.visibility = 'PUBLISHED' AND c.withdrawn = FALSE "
                        + "AND c.statement_of IS NULL ORDER BY c.id DESC LIMIT " + (PAGE_SIZE + 1) + " OFFSET "
                        + Math.max(0, Math.min(page, 10_000)) * PAGE_SIZE)
                .setParameter(1, tenant.id()).setParameter(2, authorId)
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).getResultList();
        return rows.stream().map(r -> new Line((String) r[0], (String) r[1], (String) r[2], instant(r[3]),
                r[4] == null ? null : ((Number) r[4]).longValue(), (String) r[5])).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : Instant.EPOCH;
    }
}
