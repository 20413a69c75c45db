package org.consulta.commitment;

import org.consulta.account.Permission;
import org.consulta.account.RepositoryRole;

/**
 * What may be done with a repository's commitments, and by whom. Asked through {@code account.Permissions}: services {@code require} them, pages ask
 * {@code allows} (through {@code web.frame.Can}), so the two never disagree.
 */
public final class CommitmentPermissions {

    /** Drafting, versioning, publishing and translating commitments, and reading drafts. */
    public static final Permission EDIT = Permission.of("commitment.edit", RepositoryRole.ADMINISTRATOR);

    private CommitmentPermissions() {
    }
}
