package org.consulta.account;

import java.time.Instant;

/** An account's public name as a query row: none once the account is deleted. */
public record NameRow(Long id, String displayName, Instant deletedAt) {

    public String publicName() {
        return deletedAt == null ? displayName : null;
    }
}
