package org.consulta.forum;

import org.consulta.account.Constituency;

/** A forum member as a query row: name, constituency (none recorded: other), organisation. */
public record MemberRow(String displayName, Constituency constituency, String organisation) {

    public Constituency side() {
        return constituency == null ? Constituency.OTHER : constituency;
    }
}
