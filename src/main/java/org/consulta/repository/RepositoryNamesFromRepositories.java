package org.consulta.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.RepositoryNames;
import org.consulta.kernel.Tenant;

/** Repository names for the features below this one, read from the repository itself. */
@ApplicationScoped
public class RepositoryNamesFromRepositories implements RepositoryNames {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    @Override
    public String nameOf(Tenant tenant, String language) {
        Repository repository = em.find(Repository.class, tenant.id());
        return repository.getName().show(language, repository.getDefaultLanguage()).map(t -> t.text()).orElse(tenant.slug());
    }
}
