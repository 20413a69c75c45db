package org.consulta.moderation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.comment.ModerationReason;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public figures of a repository's moderation, month by month (UTC months), newest first:
 * items flagged, hidden by reason, restored, appealed, accounts blocked. Counted in the database by
 * two grouped statements whatever the volume; no person appears in them.
 */
@Stateless
@TenantScoped
public class TransparencyReport {

    private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    public List<MonthFigures> months(Tenant tenant, int count, Instant now) {
        YearMonth last = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        YearMonth first = last.minusMonths(Math.max(1, Math.min(count, 60)) - 1L);
        Instant since = first.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<YearMonth, MonthFigures> months = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, new MonthFigures(m));
        }
        for (Object[] row : rows("SELECT EXTRACT(YEAR FROM created_at), EXTRACT(MONTH FROM created_at), action, reason, COUNT(*) "
                + "FROM moderation_action WHERE repository_id = ?1 AND created_at >= ?2 GROUP BY EXTRACT(YEAR FROM created_at), "
                + "EXTRACT(MONTH FROM created_at), action, reason", tenant, since)) {
            MonthFigures figures = months.get(month(row));
            if (figures != null) {
                figures.add(ModerationAction.Kind.valueOf((String) row[2]),
                        row[3] == null ? null : ModerationReason.valueOf((String) row[3]), ((Number) row[4]).longValue());
            }
        }
        for (Object[] row : rows("SELECT EXTRACT(YEAR FROM created_at), EXTRACT(MONTH FROM created_at), target_type, "
                + "COUNT(DISTINCT target_id) FROM flag WHERE repository_id = ?1 AND created_at >= ?2 "
                + "GROUP BY EXTRACT(YEAR FROM created_at), EXTRACT(MONTH FROM created_at), target_type", tenant, since)) {
            MonthFigures figures = months.get(month(row));
            if (figures != null) {
                figures.addFlagged(((Number) row[3]).longValue());
            }
        }
        return new ArrayList<>(months.values());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Tenant tenant, Instant since) {
        return em.createNativeQuery(sql).setParameter(1, tenant.id()).setParameter(2, java.sql.Timestamp.from(since))
                .setHint(NATIVE, true).getResultList();
    }

    private static YearMonth month(Object[] row) {
        return YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }
}
