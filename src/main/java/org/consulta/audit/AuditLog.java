package org.consulta.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.Tenant;


/**
 * Writes the audit log. Writing joins the caller's transaction (MANDATORY): an entry
 * exists exactly when the change it describes was committed.
 */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Tenant tenant, Long actorId, String action, String target, String before, String after) {
        em.persist(new AuditEntry(tenant == null ? null : tenant.id(), actorId, action, target, before, after));
    }
}
