package org.consulta.plan;

import org.consulta.account.Permission;
import org.consulta.account.RepositoryRole;

/**
 * What may be done with a repository's action plans, and by whom. Asked through {@code account.Permissions}: services {@code require} them, pages ask
 * {@code allows} (through {@code web.frame.Can}), so the two never disagree.
 */
public final class PlanPermissions {

    /** Creating, editing and publishing plans, their documents and policy areas. */
    public static final Permission MANAGE = Permission.of("plan.manage", RepositoryRole.ADMINISTRATOR);

    private PlanPermissions() {
    }
}
