package org.consulta.commitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Permissions;
import org.consulta.i18n.Collation;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plan's commitments as its page lists them: filtered by stage and policy area, in reference order
 * or by title with the reader's collation. Four statements whatever the number of commitments.
 */
@Stateless
@TenantScoped
public class CommitmentListing {

    public enum Order { REFERENCE, TITLE, SUPPORT }

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Permissions permissions;

    /** Those of {@code ids} that are commitments of this plan (for a consultation or a ballot that names some). */
    public List<Commitment> chosen(Tenant tenant, long planId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Commitment c WHERE c.id IN :ids AND c.plan.id = :plan", Commitment.class)
                .setParameter("ids", ids).setParameter("plan", planId).getResultList();
    }

    /** The commitments with these ids that exist here, by id (an id of another repository is not found). */
    public List<Commitment> byIds(Tenant tenant, List<Long> ids) {
        return em.createQuery("SELECT c FROM Commitment c WHERE c.id IN :ids ORDER BY c.id", Commitment.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Commitments with a published version, newest plan first, with their plan, at most {@code max}. */
    public List<Commitment> published(Tenant tenant, int max) {
        return em.createQuery("SELECT c FROM Commitment c JOIN FETCH c.plan WHERE c.currentVersion IS NOT NULL "
                + "ORDER BY c.plan.id DESC, c.sortOrder", Commitment.class).setMaxResults(max).getResultList();
    }

    /** The ids of all the plan's commitments. */
    public List<Long> ids(Tenant tenant, long planId) {
        return em.createQuery("SELECT m.id FROM Commitment m WHERE m.plan.id = :plan", Long.class)
                .setParameter("plan", planId).getResultList();
    }

    /** The commitments of several plans (drafts included), by plan id, in their order: one statement. */
    public Map<Long, List<Commitment>> byPlan(Tenant tenant, List<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT NEW org.consulta.commitment.PlanCommitment(c.plan.id, c) FROM Commitment c "
                        + "WHERE c.plan.id IN :plans ORDER BY c.sortOrder", PlanCommitment.class)
                .setParameter("plans", planIds).getResultStream()
                .collect(Collectors.groupingBy(PlanCommitment::planId, java.util.LinkedHashMap::new,
                        Collectors.mapping(PlanCommitment::commitment, Collectors.toList())));
    }

    /** Published commitments; administrators also see those never published, marked as drafts. */
    public List<CommitmentSummary> list(Tenant tenant, Long viewerId, long planId, CommitmentStage stage, Long policyAreaId,
                                        Order order, String reader, List<String> fallbackOrder) {
        boolean admin = permissions.allows(tenant, viewerId, CommitmentPermissions.EDIT);
        List<Commitment> commitments = em.createQuery("SELECT c FROM Commitment c LEFT JOIN FETCH c.currentVersion "
                        + "WHERE c.plan.id = :plan ORDER BY c.sortOrder", Commitment.class)
                .setParameter("plan", planId).getResultList().stream()
                .filter(c -> admin || c.isPublished())
                .filter(c -> stage == null || c.getStage() == stage)
                .filter(c -> policyAreaId == null || c.getPolicyAreas().stream().anyMatch(a -> a.getId().equals(policyAreaId)))
                .toList();
        List<Long> ids = commitments.stream().map(Commitment::getId).toList();
        Map<Long, List<SectionTranslation>> translations = ids.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT t FROM SectionTranslation t WHERE t.commitmentId IN :ids AND t.sectionKey IN :keys",
                        SectionTranslation.class).setParameter("ids", ids)
                .setParameter("keys", List.of(TemplateField.TITLE.singleKey(), TemplateField.LEAD_INSTITUTION.singleKey()))
                .getResultList().stream().collect(Collectors.groupingBy(SectionTranslation::getCommitmentId));
        Map<Long, Long> supports = supports(tenant, ids);
        List<CommitmentSummary> lines = commitments.stream().map(c -> {
            CommitmentText text = c.isPublished() ? c.getCurrentVersion().getContent() : c.getDraft();
            SectionTexts texts = new SectionTexts(text, translations.getOrDefault(c.getId(), List.of()));
            return new CommitmentSummary(c.getId(), c.getReference(), c.getSortOrder(),
                    shown(texts, TemplateField.TITLE, reader, fallbackOrder),
                    shown(texts, TemplateField.LEAD_INSTITUTION, reader, fallbackOrder),
                    c.getStage(), c.getPolicyAreas(), c.isPublished(), supports.getOrDefault(c.getId(), 0L));
        }).toList();
        return switch (order) {
            case TITLE -> Collation.sorted(lines, l -> l.title().text(), reader);
            case SUPPORT -> lines.stream().sorted(Comparator.comparingLong(CommitmentSummary::supports).reversed()
                    .thenComparingInt(CommitmentSummary::sortOrder)).toList();
            case REFERENCE -> lines.stream().sorted(Comparator.comparingInt(CommitmentSummary::sortOrder)).toList();
        };
    }

    /** Supports per commitment (table of the consultation feature, read here by one grouped statement). */
    private Map<Long, Long> supports(Tenant tenant, List<Long> ids) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            for (Object row : em.createNativeQuery("SELECT commitment_id, COUNT(*) FROM commitment_support WHERE repository_id = ?1 "
                            + "AND commitment_id IN (SELECT id FROM commitment WHERE plan_id = (SELECT plan_id FROM commitment WHERE id = ?2)) "
                            + "GROUP BY commitment_id").setParameter(1, tenant.id()).setParameter(2, ids.get(0))
                    .setHint("eclipselink.jdbc.allow-native-sql-query", true).getResultList()) {
                Object[] cells = (Object[]) row;
                counts.put(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue());
            }
        }
        return counts;
    }

    private static org.consulta.i18n.ShownText shown(SectionTexts texts, TemplateField field, String reader, List<String> order) {
        return texts.text().sections(field).stream().findFirst().map(s -> texts.show(s, reader, order))
                .orElse(new org.consulta.i18n.ShownText("", reader, null));
    }
}
