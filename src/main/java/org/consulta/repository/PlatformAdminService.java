package org.consulta.repository;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Guard;
import org.consulta.audit.AuditLine;
import org.consulta.audit.AuditLog;
import org.consulta.audit.AuditReader;
import org.consulta.i18n.LocalizedText;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.RefusedException;

import java.util.List;

/** What platform administrators do with repositories: create, disable, enable; every act audited. */
@Stateless
public class PlatformAdminService {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Guard guard;
    @Inject
    private RepositoryService repositories;
    @Inject
    private AuditLog audit;
    @Inject
    private AuditReader reader;

    public List<Repository> listRepositories(Long actorId) {
        guard.requirePlatformAdmin(actorId);
        return em.createQuery("SELECT r FROM Repository r ORDER BY r.slug", Repository.class).getResultList();
    }

    public Repository openRepository(Long actorId, String slug, RepositoryKind kind, String language, String name) {
        guard.requirePlatformAdmin(actorId);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new RefusedException("admin_settings.name_required");
        }
        Repository repository = repositories.createRepository(slug == null ? "" : slug.trim(), kind, List.of(language),
                language, LocalizedText.original(language, name.trim()), LocalizedText.empty());
        audit.record(null, actorId, "repository.created", repository.getSlug(), null, kind + " " + language);
        return repository;
    }

    public void setActive(Long actorId, String slug, boolean active) {
        guard.requirePlatformAdmin(actorId);
        Repository repository = em.createQuery("SELECT r FROM Repository r WHERE r.slug = :s", Repository.class)
                .setParameter("s", slug).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("No active repository " + slug));
        if (repository.isActive() != active) {
            repository.setActive(active);
            audit.record(null, actorId, active ? "repository.enabled" : "repository.disabled", slug,
                    String.valueOf(!active), String.valueOf(active));
        }
    }

    public List<AuditLine> platformAudit(Long actorId, int page) {
        guard.requirePlatformAdmin(actorId);
        return reader.page(null, null, page);
    }
}
