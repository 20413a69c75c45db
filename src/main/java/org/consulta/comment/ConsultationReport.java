package org.consulta.comment;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.consulta.consultation.Consultation;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A consultation's public report: its figures, computed by the database (GROUP BY, never by loading
 * contributions), and its contributions with their responses a page at a time, for the page and the
 * CSV export alike. Withdrawn contributions are left out.
 */
@Stateless
@TenantScoped
public class ConsultationReport {

    public static final int PAGE_SIZE = 50;
    private static final String BIND = "eclipselink.jdbc.bind-parameters";

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @jakarta.inject.Inject
    private org.consulta.account.PublicNames publicNames;

    public ReportSummary summary(Tenant tenant, long consultationId) {
        Consultation consultation = consultation(consultationId);
        long participants = bound(em.createQuery("SELECT COUNT(DISTINCT c.authorId) FROM Comment c "
                + "WHERE c.consultationId = :id AND c.withdrawn = :no AND " + CommentReader.COUNTED + "", Long.class), consultationId).getSingleResult();
        Map<String, Map<String, Long>> alignments = new TreeMap<>();
        Map<String, Map<String, Long>> statuses = new TreeMap<>();
        bound(em.createQuery("SELECT NEW org.consulta.comment.ReportCount(m.reference, c.alignment, COUNT(c)) "
                + "FROM Comment c, Commitment m WHERE m.id = c.commitmentId "
                + "AND c.consultationId = :id AND c.parentId IS NULL AND c.withdrawn = :no AND " + CommentReader.COUNTED + " GROUP BY m.reference, c.alignment",
                ReportCount.class), consultationId).getResultList().forEach(row ->
                alignments.computeIfAbsent(row.reference(), k -> new HashMap<>()).put(String.valueOf(row.value()), row.count()));
        bound(em.createQuery("SELECT NEW org.consulta.comment.ReportCount(m.reference, r.status, COUNT(r)) FROM Response r, Comment c, Commitment m "
                + "WHERE r.commentId = c.id AND m.id = c.commitmentId AND c.consultationId = :id AND c.withdrawn = :no AND " + CommentReader.COUNTED + " "
                + "GROUP BY m.reference, r.status", ReportCount.class), consultationId).getResultList().forEach(row ->
                statuses.computeIfAbsent(row.reference(), k -> new HashMap<>()).put(String.valueOf(row.value()), row.count()));
        long contributions = 0;
        long answered = 0;
        List<ReportSummary.Row> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, Long>> e : alignments.entrySet()) {
            long total = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            Map<String, Long> byStatus = new HashMap<>(statuses.getOrDefault(e.getKey(), Map.of()));
            long done = byStatus.values().stream().mapToLong(Long::longValue).sum();
            byStatus.put("UNANSWERED", total - done);
            contributions += total;
            answered += done;
            rows.add(new ReportSummary.Row(e.getKey(), e.getValue(), byStatus));
        }
        return new ReportSummary(consultation, participants, contributions, answered, rows);
    }

    /**
     * Contributions with their responses, by commitment then in the order they came; authors' public
     * names. None for a visitor not signed in while a consultation closed to anonymous reading runs.
     */
    public List<ReportLine> contributions(Tenant tenant, Long viewerId, long consultationId, int page) {
        if (!consultation(consultationId).readableBy(viewerId, java.time.Instant.now())) {
            return List.of();
        }
        List<ReportRow> rows = bound(em.createQuery("SELECT NEW org.consulta.comment.ReportRow(c, m.reference, r) "
                        + "FROM Comment c JOIN Commitment m ON m.id = c.commitmentId "
                        + "LEFT JOIN Response r ON r.commentId = c.id WHERE c.consultationId = :id AND c.parentId IS NULL "
                        + "AND c.withdrawn = :no AND " + CommentReader.COUNTED + " ORDER BY m.sortOrder, c.id", ReportRow.class), consultationId)
                .setFirstResult(Math.max(0, page) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        Map<Long, String> names = publicNames.of(rows.stream().map(r -> r.comment().getAuthorId()).toList());
        return rows.stream().map(r -> new ReportLine(r.comment(), r.reference(), names.get(r.comment().getAuthorId()),
                r.response())).toList();
    }

    private Consultation consultation(long id) {
        return em.createQuery("SELECT c FROM Consultation c JOIN FETCH c.plan WHERE c.id = :id", Consultation.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("consultation " + id));
    }

    private static <T> TypedQuery<T> bound(TypedQuery<T> query, long consultationId) {
        return query.setParameter("id", consultationId).setParameter("no", false).setParameter("published", Visibility.PUBLISHED)
                .setHint(BIND, "true");
    }
}
