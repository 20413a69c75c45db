package org.consulta.repository;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.consulta.account.Guard;
import org.consulta.account.RepositoryRole;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

/**
 * Who may administer a repository.
 * One answer for both sides: services call {@code require…}, pages ask {@code can…} (through
 * {@code web.frame.Can}), so a page never offers what the service refuses, nor hides what it allows.
 */
@Stateless
@TenantScoped
public class RepositoryPermissions {

    @Inject
    private Guard guard;

    /** The back office: settings, logo, audit log. */
    private static final RepositoryRole[] ADMINISTER = {RepositoryRole.ADMINISTRATOR};

    public void requireAdminister(Tenant tenant, Long accountId) {
        guard.requireRepositoryRole(tenant, accountId, ADMINISTER);
    }

    public boolean canAdminister(Tenant tenant, Long accountId) {
        return guard.hasRepositoryRole(tenant, accountId, ADMINISTER);
    }
}
