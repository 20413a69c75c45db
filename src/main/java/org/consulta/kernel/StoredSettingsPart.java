package org.consulta.kernel;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;

/**
 * A {@link SettingsPart} kept as one entity per repository, keyed by the repository's id, that is its own
 * form: loaded detached (or the defaults, when the repository never saved its own), merged back whole.
 */
public abstract class StoredSettingsPart<F extends Serializable> implements SettingsPart {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    private final Class<F> type;

    protected StoredSettingsPart(Class<F> type) {
        this.type = type;
    }

    /** The platform's defaults, for a repository that never saved its own. */
    protected abstract F defaults(long repositoryId);

    /** The repository a form was loaded for. */
    protected abstract long repositoryOf(F form);

    @Override
    public F load(Tenant tenant) {
        F stored = em.find(type, tenant.id());
        return stored == null ? defaults(tenant.id()) : stored;
    }

    /** The form's id came from the tenant it was loaded for, never from the page; a form of another repository is a bug. */
    @Override
    public void save(Tenant tenant, Serializable form) {
        F settings = type.cast(form);
        if (repositoryOf(settings) != tenant.id()) {
            throw new IllegalArgumentException("a settings form of another repository");
        }
        em.merge(settings);
    }
}
