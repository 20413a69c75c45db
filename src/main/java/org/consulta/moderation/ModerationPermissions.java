package org.consulta.moderation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.consulta.account.Guard;
import org.consulta.account.RepositoryRole;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

/**
 * Who may moderate a repository.
 * One answer for both sides: services call {@code require…}, pages ask {@code can…} (through
 * {@code web.frame.Can}), so a page never offers what the service refuses, nor hides what it allows.
 */
@Stateless
@TenantScoped
public class ModerationPermissions {

    @Inject
    private Guard guard;

    /** Working the queue, deciding on contributions and appeals, blocking. */
    private static final RepositoryRole[] MODERATE = {RepositoryRole.MODERATOR, RepositoryRole.ADMINISTRATOR};

    public void requireModerate(Tenant tenant, Long accountId) {
        guard.requireRepositoryRole(tenant, accountId, MODERATE);
    }

    public boolean canModerate(Tenant tenant, Long accountId) {
        return guard.hasRepositoryRole(tenant, accountId, MODERATE);
    }
}
