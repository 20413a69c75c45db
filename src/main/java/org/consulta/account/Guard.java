package org.consulta.account;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.Tenant;

import java.util.Arrays;

/**
 * Role checks for service methods, against the database on every call: a role revoked a second
 * ago no longer opens anything. Runs inside the caller's tenant-scoped transaction, so a grant in
 * another repository is simply not visible. Platform administrators may administer any repository.
 */
@Dependent
public class Guard {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    public void requireRepositoryRole(Tenant tenant, Long accountId, RepositoryRole... anyOf) {
        if (accountId == null) {
            throw new AccessDeniedException("not signed in");
        }
        if (!hasRepositoryRole(tenant, accountId, anyOf)) {
            throw new AccessDeniedException(accountId + " lacks " + Arrays.toString(anyOf) + " in " + tenant.slug());
        }
    }

    /** For what a page shows, not for what it does: actions use {@link #requireRepositoryRole}. */
    public boolean hasRepositoryRole(Tenant tenant, Long accountId, RepositoryRole... anyOf) {
        if (accountId == null) {
            return false;
        }
        if (isPlatformAdmin(accountId)) {
            return true;
        }
        return em.createQuery("SELECT COUNT(g) FROM RoleGrant g WHERE g.account.id = :a AND g.role IN :roles",
                        Long.class)
                .setParameter("a", accountId).setParameter("roles", Arrays.asList(anyOf)).getSingleResult() > 0;
    }

    public void requirePlatformAdmin(Long accountId) {
        if (accountId == null || !isPlatformAdmin(accountId)) {
            throw new AccessDeniedException(accountId + " is not a platform administrator");
        }
    }

    private boolean isPlatformAdmin(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account != null && account.isPlatformAdmin();
    }
}
