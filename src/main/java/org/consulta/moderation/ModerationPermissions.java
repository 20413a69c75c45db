package org.consulta.moderation;

import org.consulta.account.Permission;
import org.consulta.account.RepositoryRole;

/**
 * Who may moderate a repository. Asked through {@code account.Permissions}: services {@code require} them, pages ask
 * {@code allows} (through {@code web.frame.Can}), so the two never disagree.
 */
public final class ModerationPermissions {

    /** Working the queue, deciding on contributions and appeals, blocking. */
    public static final Permission MODERATE = Permission.of("moderation.moderate", RepositoryRole.MODERATOR, RepositoryRole.ADMINISTRATOR);

    private ModerationPermissions() {
    }
}
