package org.consulta.tracking;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.consulta.account.Guard;
import org.consulta.account.RepositoryRole;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

/**
 * Who may do what with the tracking of a repository's adopted commitments.
 * One answer for both sides: services call {@code require…}, pages ask {@code can…} (through
 * {@code web.frame.Can}), so a page never offers what the service refuses, nor hides what it allows.
 */
@Stateless
@TenantScoped
public class TrackingPermissions {

    @Inject
    private Guard guard;
    @Inject
    private ProgressRecords records;

    /** Appointing a commitment's reporters: the repository's administrators. */
    public void requireAppoint(Tenant tenant, Long accountId) {
        guard.requireRepositoryRole(tenant, accountId, RepositoryRole.ADMINISTRATOR);
    }

    public boolean canAppoint(Tenant tenant, Long accountId) {
        return guard.hasRepositoryRole(tenant, accountId, RepositoryRole.ADMINISTRATOR);
    }

    /** Reporting progress on one commitment: its appointed reporters and the repository's administrators. */
    public boolean canReport(Tenant tenant, Long accountId, long commitmentId) {
        return accountId != null && (records.isReporter(commitmentId, accountId)
                || guard.hasRepositoryRole(tenant, accountId, RepositoryRole.ADMINISTRATOR));
    }
}
