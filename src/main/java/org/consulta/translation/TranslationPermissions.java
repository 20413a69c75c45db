package org.consulta.translation;

import org.consulta.account.Permission;
import org.consulta.account.RepositoryRole;

/** What may be done with a repository's machine translations, and by whom (asked through {@code account.Permissions}). */
public final class TranslationPermissions {

    /** Reviewing machine translations (accept, correct, reject) and asking the machine for a text. */
    public static final Permission REVIEW = Permission.of("translation.review", RepositoryRole.ADMINISTRATOR);

    private TranslationPermissions() {
    }
}
