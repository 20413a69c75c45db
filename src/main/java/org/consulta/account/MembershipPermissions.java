package org.consulta.account;

/**
 * Who may manage a repository's members. Asked through {@code account.Permissions}: services {@code require} them, pages ask
 * {@code allows} (through {@code web.frame.Can}), so the two never disagree.
 */
public final class MembershipPermissions {

    /** Inviting, granting and revoking roles, listing members. */
    public static final Permission MANAGE_MEMBERS = Permission.of("account.manage_members", RepositoryRole.ADMINISTRATOR);

    private MembershipPermissions() {
    }
}
