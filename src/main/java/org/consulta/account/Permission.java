package org.consulta.account;

import java.util.List;

/**
 * One thing a feature lets some roles do in a repository ({@code PlanPermissions.MANAGE}…), any one of
 * the roles enough (platform administrators may everything). {@link Permissions} answers both forms of
 * the question about it.
 */
public record Permission(String name, List<RepositoryRole> holders) {

    public static Permission of(String name, RepositoryRole... holders) {
        return new Permission(name, List.of(holders));
    }
}
