package org.consulta.consultation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.consulta.account.Guard;
import org.consulta.account.RepositoryRole;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

/**
 * Who may do what with a repository's consultations.
 * One answer for both sides: services call {@code require…}, pages ask {@code can…} (through
 * {@code web.frame.Can}), so a page never offers what the service refuses, nor hides what it allows.
 */
@Stateless
@TenantScoped
public class ConsultationPermissions {

    @Inject
    private Guard guard;

    /** Opening, moving and closing consultations. */
    private static final RepositoryRole[] RUN = {RepositoryRole.ADMINISTRATOR};

    public void requireRun(Tenant tenant, Long accountId) {
        guard.requireRepositoryRole(tenant, accountId, RUN);
    }

    public boolean canRun(Tenant tenant, Long accountId) {
        return guard.hasRepositoryRole(tenant, accountId, RUN);
    }
}
