package org.consulta.repository;

import org.consulta.account.Permission;
import org.consulta.account.RepositoryRole;

/**
 * Who may administer a repository. Asked through {@code account.Permissions}: services {@code require} them, pages ask
 * {@code allows} (through {@code web.frame.Can}), so the two never disagree.
 */
public final class RepositoryPermissions {

    /** The back office: settings, logo, audit log. */
    public static final Permission ADMINISTER = Permission.of("repository.administer", RepositoryRole.ADMINISTRATOR);

    private RepositoryPermissions() {
    }
}
