package org.consulta.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

/**
 * Who may manage a repository's members.
 * One answer for both sides: services call {@code require…}, pages ask {@code can…} (through
 * {@code web.frame.Can}), so a page never offers what the service refuses, nor hides what it allows.
 */
@Stateless
@TenantScoped
public class MembershipPermissions {

    @Inject
    private Guard guard;

    /** Inviting, granting and revoking roles, listing members. */
    private static final RepositoryRole[] MANAGE_MEMBERS = {RepositoryRole.ADMINISTRATOR};

    public void requireManageMembers(Tenant tenant, Long accountId) {
        guard.requireRepositoryRole(tenant, accountId, MANAGE_MEMBERS);
    }

    public boolean canManageMembers(Tenant tenant, Long accountId) {
        return guard.hasRepositoryRole(tenant, accountId, MANAGE_MEMBERS);
    }
}
