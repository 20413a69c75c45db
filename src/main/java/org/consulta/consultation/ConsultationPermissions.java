package org.consulta.consultation;

import org.consulta.account.Permission;
import org.consulta.account.RepositoryRole;

/**
 * What may be done with a repository's consultations, and by whom. Asked through {@code account.Permissions}: services {@code require} them, pages ask
 * {@code allows} (through {@code web.frame.Can}), so the two never disagree.
 */
public final class ConsultationPermissions {

    /** Opening, moving and closing consultations. */
    public static final Permission RUN = Permission.of("consultation.run", RepositoryRole.ADMINISTRATOR);

    private ConsultationPermissions() {
    }
}
