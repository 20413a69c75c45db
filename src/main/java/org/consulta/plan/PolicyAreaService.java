package org.consulta.plan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Permissions;
import org.consulta.audit.AuditLog;
import org.consulta.i18n.LocalizedText;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.util.List;
import java.util.Map;

/** The repository's own list of policy areas, which administrators keep and commitments are tagged with. */
@Stateless
@TenantScoped
public class PolicyAreaService {

    static final int MAX_NAME = 120;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Permissions permissions;
    @Inject
    private AuditLog audit;

    /** The areas with these ids that exist here (an id of another repository is simply not found). */
    public List<PolicyArea> byIds(Tenant tenant, List<Long> ids) {
        return em.createQuery("SELECT a FROM PolicyArea a WHERE a.id IN :ids ORDER BY a.id", PolicyArea.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<PolicyArea> list(Tenant tenant) {
        return em.createQuery("SELECT a FROM PolicyArea a ORDER BY a.id", PolicyArea.class).getResultList();
    }

    /** A new area named in {@code original} and, optionally, translated into the other languages. */
    public PolicyArea addPolicyArea(Tenant tenant, Long actorId, String original, Map<String, String> names) {
        permissions.require(tenant, actorId, PlanPermissions.MANAGE);
        PolicyArea area = new PolicyArea(named(LocalizedText.empty(), original, names));
        em.persist(area);
        audit.record(tenant, actorId, "policy_area.added", area.getName().in(original).orElseThrow().text(), null, null);
        return area;
    }

    public void renamePolicyArea(Tenant tenant, Long actorId, long areaId, Map<String, String> names) {
        permissions.require(tenant, actorId, PlanPermissions.MANAGE);
        PolicyArea area = em.createQuery("SELECT a FROM PolicyArea a WHERE a.id = :id", PolicyArea.class)
                .setParameter("id", areaId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("policy area " + areaId));
        String original = area.getName().originalLanguage().orElseThrow();
        String before = area.getName().toString();
        area.rename(named(area.getName(), original, names));
        audit.record(tenant, actorId, "policy_area.renamed", String.valueOf(areaId), before, area.getName().toString());
    }

    private static LocalizedText named(LocalizedText before, String original, Map<String, String> names) {
        String name = names.get(original);
        if (name == null || name.isBlank()) {
            throw new RefusedException("policy_areas.refused.name_missing", "name_" + original);
        }
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (e.getValue() != null && e.getValue().length() > MAX_NAME) {
                throw RefusedException.with("policy_areas.refused.too_long", "name_" + e.getKey(),
                        new org.consulta.kernel.Refusal.LanguageName(e.getKey()), MAX_NAME);
            }
        }
        return before.edited(original, names);
    }
}
