package org.consulta.tracking;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentReader;
import org.consulta.consultation.Consultation;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A commitment's timeline, newest first: its published versions, the consultations that covered it
 * (opening and closing), the days the government answered contributions (with how many), and the
 * progress updates. Four statements whatever its length.
 */
@Stateless
@TenantScoped
public class TimelineReader {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private CommitmentReader commitments;

    public List<TimelineEntry> timeline(Tenant tenant, String planSlug, String reference) {
        Commitment commitment = commitments.find(tenant, planSlug, reference);
        Instant now = Instant.now();
        List<TimelineEntry> out = new ArrayList<>();
        // the dates and numbers only: each version's full content is not the timeline's to load
        em.createQuery("SELECT v.createdAt, v.number FROM CommitmentVersion v WHERE v.commitment = :c ORDER BY v.number", Object[].class)
                .setParameter("c", commitment).getResultList()
                .forEach(v -> out.add(new TimelineEntry((Instant) v[0], "VERSION", String.valueOf(v[1]), "?v=" + v[1])));
        for (Consultation k : em.createQuery("SELECT k FROM Consultation k WHERE k.plan = :p", Consultation.class)
                .setParameter("p", commitment.getPlan()).getResultList()) {
            if (k.covers(commitment) && !k.getOpensAt().isAfter(now)) {
                out.add(new TimelineEntry(k.getOpensAt(), "CONSULTATION_OPENED", String.valueOf(k.getId()), "#comments"));
                if (!k.getClosesAt().isAfter(now)) {
                    out.add(new TimelineEntry(k.getClosesAt(), "CONSULTATION_CLOSED", String.valueOf(k.getId()), "#comments"));
                }
            }
        }
        // responses in consultations by month (UTC), counted in the database: "12 contributions answered", dated by the
        // last; native, as JPQL's MAX of a converted date comes back unconverted on PostgreSQL
        List<?> months = em.createNativeQuery("SELECT MAX(r.answered_at), COUNT(*) FROM response r JOIN comment c ON c.id = r.comment_id "
                        + "WHERE c.commitment_id = ?1 AND c.progress_update_id IS NULL AND c.visibility = 'PUBLISHED' GROUP BY r.answered_month")
                .setParameter(1, commitment.getId()).setHint("eclipselink.jdbc.allow-native-sql-query", true).getResultList();
        for (Object month : months) {
            Object[] row = (Object[]) month;
            out.add(new TimelineEntry(instant(row[0]), "RESPONSES", String.valueOf(((Number) row[1]).longValue()), "#comments"));
        }
        em.createQuery("SELECT NEW org.consulta.tracking.UpdateRow(u.createdAt, u.id, u.milestoneKey) FROM ProgressUpdate u "
                        + "WHERE u.commitmentId = :c", UpdateRow.class)
                .setParameter("c", commitment.getId()).getResultList()
                .forEach(row -> out.add(new TimelineEntry(row.createdAt(), row.milestoneKey() == null ? "COMPLETION" : "PROGRESS",
                        String.valueOf(row.id()), "#update-" + row.id())));
        out.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return out;
    }

    /** A TIMESTAMP WITH TIME ZONE as the drivers give it: PostgreSQL's Timestamp, H2's OffsetDateTime. */
    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) value).toInstant();
    }
}
