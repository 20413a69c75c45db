package org.consulta.repository;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.i18n.Languages;
import org.consulta.i18n.LocalizedText;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;

import java.util.List;
import java.util.Optional;

/** Finding and creating repositories; what lives inside one is the business of the feature services. */
@Stateless
public class RepositoryService {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    /** Every repository, active or not, for the scheduled rounds of other features (notices, digests). */
    public List<Tenant> allTenants() {
        return em.createQuery("SELECT r FROM Repository r ORDER BY r.id", Repository.class).getResultStream()
                .map(Repository::tenant).toList();
    }

    public List<Repository> listActive() {
        return em.createQuery("SELECT r FROM Repository r WHERE r.active = TRUE ORDER BY r.slug", Repository.class)
                .getResultList();
    }

    public Optional<Repository> findActive(String slug) {
        return em.createQuery("SELECT r FROM Repository r WHERE r.slug = :slug AND r.active = TRUE", Repository.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public Repository getActive(String slug) {
        return findActive(slug).orElseThrow(() -> new NotFoundException("No active repository " + slug));
    }

    /** The logo of an active repository, for the public logo URL. */
    public Optional<RepositoryLogo> findLogo(String slug) {
        return findActive(slug).map(r -> em.find(RepositoryLogo.class, r.getId()));
    }

    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(r) FROM Repository r", Long.class).getSingleResult() == 0;
    }

    public Repository createRepository(String slug, RepositoryKind kind, List<String> languages,
                                       String defaultLanguage, LocalizedText name, LocalizedText description) {
        if (!SlugRules.isValid(slug)) {
            throw new RefusedException("repository.invalid_slug");
        }
        if (languages.isEmpty() || !languages.stream().allMatch(Languages::isSupported)
                || !languages.contains(defaultLanguage)) {
            throw new RefusedException("repository.invalid_languages");
        }
        if (findAny(slug)) {
            throw new RefusedException("repository.slug_taken");
        }
        Repository repository = new Repository(slug, kind, languages, defaultLanguage, name, description);
        em.persist(repository);
        return repository;
    }

    private boolean findAny(String slug) {
        return em.createQuery("SELECT COUNT(r) FROM Repository r WHERE r.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult() > 0;
    }
}
