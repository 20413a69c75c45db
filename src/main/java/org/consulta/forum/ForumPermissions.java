package org.consulta.forum;

import org.consulta.account.Permission;
import org.consulta.account.RepositoryRole;

/**
 * What may be done with a repository's multi-stakeholder forum, and by whom. Asked through {@code account.Permissions}: services {@code require} them, pages ask
 * {@code allows} (through {@code web.frame.Can}), so the two never disagree.
 */
public final class ForumPermissions {

    /** Convening the forum, recording meetings and running ballots. */
    public static final Permission RUN = Permission.of("forum.run", RepositoryRole.ADMINISTRATOR);

    private ForumPermissions() {
    }
}
