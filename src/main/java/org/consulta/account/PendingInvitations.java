package org.consulta.account;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.Tenant;

/**
 * The invitations waiting for an address, accepted once its owner has proved control of it: by
 * confirming with the password they registered with, or by choosing a password through a mailed link.
 * Each becomes a grant in its own repository's transaction.
 */
@Dependent
class PendingInvitations {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private MembershipService memberships;

    void acceptFor(Account account) {
        em.createQuery("SELECT i FROM Invitation i WHERE i.email = :e AND i.acceptedAt IS NULL", Invitation.class)
                .setParameter("e", account.getEmail()).getResultList()
                .forEach(i -> memberships.acceptInvitation(new Tenant(i.getRepositoryId(), "invited"), i.getId(), account.getId()));
    }
}
