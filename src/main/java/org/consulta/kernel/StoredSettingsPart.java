package org.consulta.kernel;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.util.function.LongFunction;

/**
 * A {@link SettingsPart} kept as one {@link SettingsRow} per repository that is its own form: loaded
 * detached (or the defaults, when the repository never saved its own), merged back whole. Its fragment
 * is {@code /WEB-INF/settings/<name>.xhtml}.
 */
public abstract class StoredSettingsPart<F extends SettingsRow> implements SettingsPart {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    private final Class<F> type;
    private final String name;
    private final int position;
    private final LongFunction<F> defaults;

    protected StoredSettingsPart(Class<F> type, String name, int position, LongFunction<F> defaults) {
        this.type = type;
        this.name = name;
        this.position = position;
        this.defaults = defaults;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public String fragment() {
        return "/WEB-INF/settings/" + name + ".xhtml";
    }

    @Override
    public F load(Tenant tenant) {
        F stored = em.find(type, tenant.id());
        return stored == null ? defaults.apply(tenant.id()) : stored;
    }

    /** The form's id came from the tenant it was loaded for, never from the page; a form of another repository is a bug. */
    @Override
    public void save(Tenant tenant, Serializable form) {
        F settings = type.cast(form);
        if (settings.getRepositoryId() != tenant.id()) {
            throw new IllegalArgumentException("a settings form of another repository");
        }
        em.merge(settings);
    }
}
