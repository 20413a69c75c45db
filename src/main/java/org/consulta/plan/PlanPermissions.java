package org.consulta.plan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.consulta.account.Guard;
import org.consulta.account.RepositoryRole;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

/**
 * Who may do what with a repository's action plans.
 * One answer for both sides: services call {@code require…}, pages ask {@code can…} (through
 * {@code web.frame.Can}), so a page never offers what the service refuses, nor hides what it allows.
 */
@Stateless
@TenantScoped
public class PlanPermissions {

    @Inject
    private Guard guard;

    /** Creating, editing and publishing plans, their documents and policy areas. */
    private static final RepositoryRole[] MANAGE = {RepositoryRole.ADMINISTRATOR};

    public void requireManage(Tenant tenant, Long accountId) {
        guard.requireRepositoryRole(tenant, accountId, MANAGE);
    }

    public boolean canManage(Tenant tenant, Long accountId) {
        return guard.hasRepositoryRole(tenant, accountId, MANAGE);
    }
}
