package org.consulta.account;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * Who holds a role, for features above this one (the forum's members and electorate, the moderators a
 * digest goes to). Runs in the caller's tenant-bound transaction, so only this repository's grants count.
 */
@Dependent
public class RoleHolders {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    /** The person's grant of this role here, if they hold it. */
    public Optional<RoleGrant> grant(Long accountId, RepositoryRole role) {
        return em.createQuery("SELECT g FROM RoleGrant g WHERE g.account.id = :a AND g.role = :r", RoleGrant.class)
                .setParameter("a", accountId).setParameter("r", role).getResultStream().findFirst();
    }

    /** The accounts, not deleted, that hold this role here. */
    public List<Account> accounts(RepositoryRole role) {
        return em.createQuery("SELECT g.account FROM RoleGrant g WHERE g.role = :r AND g.account.deletedAt IS NULL", Account.class)
                .setParameter("r", role).getResultList();
    }

    /** The same, by name, with their constituency and organisation. */
    public List<RoleHolder> holders(RepositoryRole role) {
        return em.createQuery("SELECT NEW org.consulta.account.RoleHolder(a.displayName, g.constituency, g.organisation) "
                        + "FROM RoleGrant g JOIN g.account a WHERE g.role = :r AND a.deletedAt IS NULL ORDER BY a.displayName",
                        RoleHolder.class)
                .setParameter("r", role).getResultList();
    }
}
