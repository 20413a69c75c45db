package org.consulta.translation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Permissions;
import org.consulta.i18n.MachineTranslated;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantOwned;
import org.consulta.kernel.TenantScoped;

import java.time.Instant;
import java.util.List;

/**
 * An editor asks the machine for texts: one item, even a draft not yet public (the only way a text that
 * is not public reaches the engine), or every item of the repository written before the engine was there.
 * The request joins the caller's transaction and is done by the queue in the background.
 */
@Stateless
@TenantScoped
public class MachineRequests {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Permissions permissions;
    @Inject
    private ApertiumTranslator engine;

    /** Queues one item at an editor's request; the editor's right to it is checked by the caller's feature. */
    public void requestItem(Tenant tenant, Long editorId, String entityName, long id) {
        requireEngine();
        em.persist(new MachineJob(tenant.id(), entityName, id, editorId, Instant.now()));
    }

    /** Queues one item to be looked at again (a person reviewed some of its texts): nothing is translated that is not public. */
    public void refresh(Tenant tenant, String entityName, long id) {
        em.persist(new MachineJob(tenant.id(), entityName, id, null, Instant.now()));
    }

    /** Queues every translatable item of the repository: what lacks a translation gets one, the rest is left alone. */
    public int requestAll(Tenant tenant, Long actorId) {
        permissions.require(tenant, actorId, TranslationPermissions.REVIEW);
        requireEngine();
        int queued = 0;
        Instant now = Instant.now();
        for (var type : em.getMetamodel().getEntities()) {
            if (!MachineTranslated.class.isAssignableFrom(type.getJavaType())) {
                continue;
            }
            List<Long> ids = TenantOwned.class.isAssignableFrom(type.getJavaType())
                    ? em.createQuery("SELECT e.id FROM " + type.getName() + " e", Long.class).getResultList()
                    : List.of(tenant.id()); // the repository itself
            for (Long id : ids) {
                em.persist(new MachineJob(tenant.id(), type.getName(), id, null, now));
                queued++;
            }
        }
        return queued;
    }

    private void requireEngine() {
        if (!engine.isAvailable()) {
            throw new RefusedException("translation.refused.no_engine");
        }
    }
}
