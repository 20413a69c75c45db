package org.consulta.repository;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.consulta.account.Guard;
import org.consulta.account.RepositoryRole;
import org.consulta.audit.AuditLine;
import org.consulta.audit.AuditLog;
import org.consulta.audit.AuditReader;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.util.List;

/** The back office of one repository: its settings and its audit log, for its administrators only. */
@Stateless
@TenantScoped
public class RepositoryAdminService {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Guard guard;
    @Inject
    private AuditLog audit;
    @Inject
    private AuditReader reader;

    public RepositorySettings loadSettings(Tenant tenant, Long actorId) {
        guard.requireRepositoryRole(tenant, actorId, RepositoryRole.ADMINISTRATOR);
        return RepositorySettings.of(em.find(Repository.class, tenant.id()));
    }

    public void updateSettings(Tenant tenant, Long actorId, @Valid RepositorySettings settings) {
        guard.requireRepositoryRole(tenant, actorId, RepositoryRole.ADMINISTRATOR);
        String problem = settings.problem();
        if (problem != null) {
            throw new RefusedException(problem, RepositorySettings.fieldOf(problem));
        }
        Repository repository = em.find(Repository.class, tenant.id());
        String before = RepositorySettings.of(repository).toString();
        repository.apply(settings);
        audit.record(tenant, actorId, "repository.settings_changed", tenant.slug(), before,
                RepositorySettings.of(repository).toString());
    }

    /** Replaces the logo with an image checked by its content (SVG sanitised); refused files change nothing. */
    public void replaceLogo(Tenant tenant, Long actorId, byte[] upload) {
        guard.requireRepositoryRole(tenant, actorId, RepositoryRole.ADMINISTRATOR);
        LogoImage.Checked image = LogoImage.check(upload);
        RepositoryLogo logo = em.find(RepositoryLogo.class, tenant.id());
        if (logo == null) {
            logo = new RepositoryLogo(tenant.id());
            logo.replace(image);
            em.persist(logo);
        } else {
            logo.replace(image);
        }
        em.find(Repository.class, tenant.id()).logoIs(image.mediaType());
        audit.record(tenant, actorId, "repository.logo_changed", tenant.slug(), null,
                image.mediaType() + ", " + image.content().length + " bytes");
    }

    public List<AuditLine> auditPage(Tenant tenant, Long actorId, String action, int page) {
        guard.requireRepositoryRole(tenant, actorId, RepositoryRole.ADMINISTRATOR);
        return reader.page(tenant, action, page);
    }
}
