package org.consulta.account;

/** Someone holding a role, as a query row: name, constituency (none recorded: other), organisation. */
public record RoleHolder(String displayName, Constituency constituency, String organisation) {

    public Constituency side() {
        return constituency == null ? Constituency.OTHER : constituency;
    }
}
