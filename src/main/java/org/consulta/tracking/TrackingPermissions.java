package org.consulta.tracking;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.consulta.account.Permission;
import org.consulta.account.Permissions;
import org.consulta.account.RepositoryRole;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

/**
 * What may be done with the tracking of adopted commitments, and by whom. Asked through
 * {@code account.Permissions}; reporting also depends on the commitment, so it is answered here.
 */
@Stateless
@TenantScoped
public class TrackingPermissions {

    /** Appointing a commitment's reporters. */
    public static final Permission APPOINT = Permission.of("tracking.appoint", RepositoryRole.ADMINISTRATOR);
    /** Reporting progress on any commitment; a commitment's appointed reporters report on it too. */
    public static final Permission REPORT_ANY = Permission.of("tracking.report_any", RepositoryRole.ADMINISTRATOR);

    @Inject
    private Permissions permissions;
    @Inject
    private ProgressRecords records;

    /** Reporting progress on one commitment: its appointed reporters, and who may report on any. */
    public boolean canReport(Tenant tenant, Long accountId, long commitmentId) {
        return accountId != null && (records.isReporter(commitmentId, accountId)
                || permissions.allows(tenant, accountId, REPORT_ANY));
    }
}
