package org.consulta.commitment;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.i18n.LocalizedText;
import org.consulta.plan.ActionPlan;
import org.consulta.tenant.Tenant;
import org.consulta.tenant.TenantScoped;

import java.util.List;

/** Draft commitments of a repository's plans (editing and versions come with the plans issue). */
@Stateless
@TenantScoped
public class CommitmentService {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    public Commitment addDraft(Tenant tenant, long planId, LocalizedText title, LocalizedText problem,
                               LocalizedText objective, LocalizedText leadInstitution) {
        ActionPlan plan = em.createQuery("SELECT p FROM ActionPlan p WHERE p.id = :id", ActionPlan.class)
                .setParameter("id", planId).getSingleResult();
        int next = em.createQuery("SELECT COUNT(c) FROM Commitment c WHERE c.plan = :plan", Long.class)
                .setParameter("plan", plan).getSingleResult().intValue() + 1;
        Commitment commitment = new Commitment(plan, next, title, problem, objective, leadInstitution);
        em.persist(commitment);
        return commitment;
    }

    public List<Commitment> listAll(Tenant tenant) {
        return em.createQuery("SELECT c FROM Commitment c JOIN FETCH c.plan ORDER BY c.plan.id, c.sortOrder",
                Commitment.class).getResultList();
    }
}
