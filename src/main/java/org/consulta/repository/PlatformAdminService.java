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
import org.consulta.kernel.Slice;

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

    /**
     * The platform's repositories as its administrators' table shows them: sorted ({@code slug}, {@code kind},
     * {@code state}) and filtered ({@code slug}: part of it; {@code state}: ACTIVE or DISABLED) in the database.
     */
    public List<Repository> readRepositories(Long actorId, Slice slice) {
        guard.requirePlatformAdmin(actorId);
        jakarta.persistence.TypedQuery<Repository> query = em.createQuery("SELECT r FROM Repository r WHERE " + where(slice)
                + slice.orderBy(java.util.Map.of("slug", "r.slug", "kind", "r.kind", "state", "r.active"), "r.slug", "r.id"),
                Repository.class);
        bind(query, slice);
        return query.setFirstResult(slice.first()).setMaxResults(slice.size()).getResultList();
    }

    public int countRepositories(Long actorId, Slice slice) {
        guard.requirePlatformAdmin(actorId);
        jakarta.persistence.Query query = em.createQuery("SELECT COUNT(r) FROM Repository r WHERE " + where(slice));
        bind(query, slice);
        return ((Number) query.getSingleResult()).intValue();
    }

    private static String where(Slice slice) {
        String state = slice.filter("state");
        return "r.slug LIKE :slug ESCAPE '\\'" + ("ACTIVE".equals(state) || "DISABLED".equals(state) ? " AND r.active = :active" : "");
    }

    private static void bind(jakarta.persistence.Query query, Slice slice) {
        query.setParameter("slug", Slice.containing(slice.filter("slug") == null ? "" : slice.filter("slug")));
        if ("ACTIVE".equals(slice.filter("state")) || "DISABLED".equals(slice.filter("state"))) {
            // bound, not inlined: inlined, EclipseLink writes a boolean as 0 or 1, which H2 will not compare
            query.setParameter("active", "ACTIVE".equals(slice.filter("state"))).setHint("eclipselink.jdbc.bind-parameters", "true");
        }
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
