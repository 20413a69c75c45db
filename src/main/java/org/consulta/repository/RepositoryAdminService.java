package org.consulta.repository;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.consulta.account.Permissions;
import org.consulta.audit.AuditLine;
import org.consulta.audit.AuditLog;
import org.consulta.audit.AuditReader;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.SettingsPart;
import org.consulta.kernel.SettingsParts;
import org.consulta.kernel.Slice;
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
    private Permissions permissions;
    @Inject
    private AuditLog audit;
    @Inject
    private AuditReader reader;
    @Inject
    private SettingsParts parts;

    public RepositorySettings loadSettings(Tenant tenant, Long actorId) {
        permissions.require(tenant, actorId, RepositoryPermissions.ADMINISTER);
        return stored(tenant, em.find(Repository.class, tenant.id()));
    }

    /**
     * Saves the repository's settings and every feature's part at once, or nothing. The repository row is
     * locked so that two administrators saving together apply one after the other.
     */
    public void updateSettings(Tenant tenant, Long actorId, @Valid RepositorySettings settings) {
        permissions.require(tenant, actorId, RepositoryPermissions.ADMINISTER);
        String problem = settings.problem();
        if (problem != null) {
            throw new RefusedException(problem, RepositorySettings.fieldOf(problem));
        }
        Repository repository = em.find(Repository.class, tenant.id(), LockModeType.PESSIMISTIC_WRITE);
        String before = stored(tenant, repository).toString();
        repository.apply(settings);
        for (SettingsPart part : parts.all()) {
            part.save(tenant, settings.getParts().get(part.name()));
        }
        em.flush();
        audit.record(tenant, actorId, "repository.settings_changed", tenant.slug(), before,
                stored(tenant, repository).toString());
    }

    private RepositorySettings stored(Tenant tenant, Repository repository) {
        RepositorySettings settings = RepositorySettings.of(repository);
        for (SettingsPart part : parts.all()) {
            settings.getParts().put(part.name(), part.load(tenant));
        }
        return settings;
    }

    /** Replaces the logo with an image checked by its content (SVG sanitised); refused files change nothing. */
    public void replaceLogo(Tenant tenant, Long actorId, byte[] upload) {
        permissions.require(tenant, actorId, RepositoryPermissions.ADMINISTER);
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
        permissions.require(tenant, actorId, RepositoryPermissions.ADMINISTER);
        return reader.page(tenant, action, page);
    }

    /** The log as the back office's table shows it: one slice, sorted and filtered in the database. */
    public List<AuditLine> readAuditLog(Tenant tenant, Long actorId, Slice slice) {
        permissions.require(tenant, actorId, RepositoryPermissions.ADMINISTER);
        return reader.slice(tenant, slice);
    }

    public int countAuditLog(Tenant tenant, Long actorId, Slice slice) {
        permissions.require(tenant, actorId, RepositoryPermissions.ADMINISTER);
        return reader.count(tenant, slice);
    }
}
