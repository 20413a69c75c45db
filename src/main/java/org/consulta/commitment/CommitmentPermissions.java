package org.consulta.commitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.consulta.account.Guard;
import org.consulta.account.RepositoryRole;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

/**
 * Who may do what with a repository's commitments.
 * One answer for both sides: services call {@code require…}, pages ask {@code can…} (through
 * {@code web.frame.Can}), so a page never offers what the service refuses, nor hides what it allows.
 */
@Stateless
@TenantScoped
public class CommitmentPermissions {

    @Inject
    private Guard guard;

    /** Drafting, versioning, publishing and translating commitments, and reading drafts. */
    private static final RepositoryRole[] EDIT = {RepositoryRole.ADMINISTRATOR};

    public void requireEdit(Tenant tenant, Long accountId) {
        guard.requireRepositoryRole(tenant, accountId, EDIT);
    }

    public boolean canEdit(Tenant tenant, Long accountId) {
        return guard.hasRepositoryRole(tenant, accountId, EDIT);
    }
}
