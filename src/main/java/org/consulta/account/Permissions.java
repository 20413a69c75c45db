package org.consulta.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

/**
 * The one answer to "may this person do that here?": services call {@link #require}, pages ask
 * {@link #allows} (through {@code web.frame.Can}) about the same {@link Permission}, so a page never
 * offers what the service refuses, nor hides what it allows. Checked against the database every time.
 */
@Stateless
@TenantScoped
public class Permissions {

    @Inject
    private Guard guard;

    public void require(Tenant tenant, Long accountId, Permission permission) {
        guard.requireRepositoryRole(tenant, accountId, permission.holders().toArray(RepositoryRole[]::new));
    }

    public boolean allows(Tenant tenant, Long accountId, Permission permission) {
        return guard.hasRepositoryRole(tenant, accountId, permission.holders().toArray(RepositoryRole[]::new));
    }
}
