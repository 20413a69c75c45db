package org.consulta.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

/** A participant's public profile in one repository: their name, and their organisation if they sit on its forum. */
@Stateless
@TenantScoped
public class PublicProfiles {

    /** {@code hidden}: they chose to keep it private, and the page says only that. */
    public record Profile(long id, String name, String organisation, Constituency constituency, boolean hidden) {
        public String getName() { return name; }
        public String getOrganisation() { return organisation; }
        public Constituency getConstituency() { return constituency; }
        public boolean isHidden() { return hidden; }
    }

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    public Profile profile(Tenant tenant, long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.isDeleted() || !account.isConfirmed()) {
            throw new NotFoundException("participant " + accountId);
        }
        if (account.isProfileHidden()) {
            return new Profile(accountId, account.getDisplayName(), null, null, true);
        }
        RoleGrant forum = em.createQuery("SELECT g FROM RoleGrant g WHERE g.account.id = :id AND g.role = :forum", RoleGrant.class)
                .setParameter("id", accountId).setParameter("forum", RepositoryRole.FORUM_MEMBER).getResultStream().findFirst().orElse(null);
        return new Profile(accountId, account.getDisplayName(), forum == null ? null : forum.getOrganisation(),
                forum == null ? null : forum.getConstituency(), false);
    }
}
