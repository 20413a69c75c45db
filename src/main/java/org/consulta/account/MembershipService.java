package org.consulta.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.audit.AuditLog;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Slice;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.util.List;
import java.util.Locale;

/** Who holds which role in a repository; changed by its administrators, every change audited. */
@Stateless
@TenantScoped
public class MembershipService {

    public static final int PAGE_SIZE = 20;

    @Inject
    private MemberList memberList;
    @Inject
    private Invitees invitees;
    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Guard guard;
    @Inject
    private Permissions permissions;
    @Inject
    private AuditLog audit;
    /** Queued with the transaction: a mail server that is down delays the mail, never the person. */
    @Inject
    private org.consulta.kernel.MailQueue mailer;
    @Inject
    private org.consulta.i18n.MessageCatalog catalog;
    @Inject
    private org.consulta.kernel.PublicLinks links;
    @Inject
    private org.consulta.kernel.RepositoryNames repositoryNames;

    private Account accountWith(String address) {
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :e", Account.class)
                .setParameter("e", address).getResultStream().findFirst().orElse(null);
    }

    private String repositoryName(Tenant tenant, String language) {
        return repositoryNames.nameOf(tenant, language);
    }

    private String roleName(String language, RepositoryRole role) {
        return catalog.format(language, "role." + role.name());
    }

    /**
     * Gives a role to the person with this address. Someone with an account gets the role and a
     * mail in their language; an address without an account gets an invitation in
     * {@code inviteeLanguage}, and the role once they confirm an account.
     */
    public void inviteMember(Tenant tenant, Long actorId, String email, RepositoryRole role, Constituency constituency,
                             String organisation, String inviteeLanguage) {
        permissions.require(tenant, actorId, MembershipPermissions.MANAGE_MEMBERS);
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (address.matches("#[0-9]{1,18}")) {
            // a suggestion chosen in the form: its address is looked up here, within the same scope
            String known = invitees.address(tenant.id(), Long.parseLong(address.substring(1)));
            address = known == null ? "" : known;
        }
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || role == null) {
            throw new RefusedException("admin_members.invalid");
        }
        if (role == RepositoryRole.FORUM_MEMBER && constituency == null) {
            throw new RefusedException("admin_members.constituency_required");
        }
        String repositoryName = repositoryName(tenant, inviteeLanguage);
        Account account = accountWith(address);
        // an account nobody has confirmed may be someone else's registration of this address: its role
        // waits, as an invitation, for whoever proves control of the address
        if (account != null && account.isConfirmed()) {
            grantRole(tenant, actorId, address, role, constituency, organisation);
            mailer.enqueue(address, account.getLanguage(), "mail_role_granted", account.getDisplayName(),
                    repositoryName(tenant, account.getLanguage()), roleName(account.getLanguage(), role));
            return;
        }
        boolean pending = em.createQuery("SELECT COUNT(i) FROM Invitation i WHERE i.repositoryId = :r AND i.email = :e "
                + "AND i.role = :role", Long.class).setParameter("r", tenant.id()).setParameter("e", address)
                .setParameter("role", role).getSingleResult() > 0;
        if (pending) {
            throw new RefusedException("admin_members.already_invited");
        }
        em.persist(new Invitation(tenant.id(), address, role, constituency, organisation));
        audit.record(tenant, actorId, "member.invited", address, null, role.name());
        mailer.enqueue(address, inviteeLanguage, "mail_invitation", repositoryName, roleName(inviteeLanguage, role),
                links.to(inviteeLanguage, "/account/register"));
    }

    /** Invitations sent and not yet accepted, newest first. */
    public List<Invitation> listPendingInvitations(Tenant tenant, Long actorId) {
        permissions.require(tenant, actorId, MembershipPermissions.MANAGE_MEMBERS);
        return em.createQuery("SELECT i FROM Invitation i WHERE i.repositoryId = :r AND i.acceptedAt IS NULL "
                + "ORDER BY i.createdAt DESC", Invitation.class).setParameter("r", tenant.id())
                .setMaxResults(PAGE_SIZE).getResultList();
    }

    public void cancelInvitation(Tenant tenant, Long actorId, long invitationId) {
        permissions.require(tenant, actorId, MembershipPermissions.MANAGE_MEMBERS);
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation != null && invitation.getRepositoryId() == tenant.id() && invitation.isPending()) {
            em.remove(invitation);
            audit.record(tenant, actorId, "member.invitation_cancelled", invitation.getEmail(), invitation.getRole().name(), null);
        }
    }

    /** Turns one accepted invitation into a grant, in its own transaction (and so its own repository scope). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void acceptInvitation(Tenant tenant, long invitationId, long accountId) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null || invitation.getRepositoryId() != tenant.id()) {
            return;
        }
        Account account = em.find(Account.class, accountId);
        em.persist(new RoleGrant(account, invitation.getRole(), invitation.getConstituency(), invitation.getOrganisation()));
        invitation.accept(java.time.Instant.now());
        audit.record(tenant, accountId, "member.invitation_accepted", account.getEmail(), null, invitation.getRole().name());
    }

    public RoleGrant grantRole(Tenant tenant, Long actorId, String email, RepositoryRole role,
                               Constituency constituency, String organisation) {
        permissions.require(tenant, actorId, MembershipPermissions.MANAGE_MEMBERS);
        Account account = em.createQuery("SELECT a FROM Account a WHERE a.email = :e", Account.class)
                .setParameter("e", email == null ? "" : email.trim().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException("admin_members.no_such_account"));
        if (role == RepositoryRole.FORUM_MEMBER && constituency == null) {
            throw new RefusedException("admin_members.constituency_required");
        }
        boolean held = em.createQuery("SELECT COUNT(g) FROM RoleGrant g WHERE g.account = :a AND g.role = :r", Long.class)
                .setParameter("a", account).setParameter("r", role).getSingleResult() > 0;
        if (held) {
            throw new RefusedException("admin_members.already_granted");
        }
        RoleGrant grant = new RoleGrant(account, role, role == RepositoryRole.FORUM_MEMBER ? constituency : null, organisation);
        em.persist(grant);
        audit.record(tenant, actorId, "role.granted", account.getEmail(), null,
                role + (grant.getConstituency() == null ? "" : " " + grant.getConstituency()));
        return grant;
    }

    public void revokeRole(Tenant tenant, Long actorId, long accountId, RepositoryRole role) {
        permissions.require(tenant, actorId, MembershipPermissions.MANAGE_MEMBERS);
        List<RoleGrant> grants = em.createQuery("SELECT g FROM RoleGrant g WHERE g.account.id = :a AND g.role = :r",
                RoleGrant.class).setParameter("a", accountId).setParameter("r", role).getResultList();
        for (RoleGrant grant : grants) {
            em.remove(grant);
            audit.record(tenant, actorId, "role.revoked", grant.getAccount().getEmail(), role.name(), null);
        }
    }

    /** Role holders whose name or e-mail contains {@code search}, one page, paginated in the database. */
    public List<RoleGrant> listMembers(Tenant tenant, Long actorId, String search, int page) {
        return readMembers(tenant, actorId, new Slice(Math.max(0, page) * PAGE_SIZE, PAGE_SIZE, null, true,
                search == null ? java.util.Map.of() : java.util.Map.of("name", search)));
    }

    /** The members as the back office's table shows them: one slice, sorted and filtered in the database. */
    public List<RoleGrant> readMembers(Tenant tenant, Long actorId, Slice slice) {
        permissions.require(tenant, actorId, MembershipPermissions.MANAGE_MEMBERS);
        return memberList.slice(slice);
    }

    public int countMembers(Tenant tenant, Long actorId, Slice slice) {
        permissions.require(tenant, actorId, MembershipPermissions.MANAGE_MEMBERS);
        return memberList.count(slice);
    }

    /** For seeding and for platform administrators appointing a repository's first administrator. */
    public RoleGrant appoint(Tenant tenant, Long actorId, long accountId, RepositoryRole role, Constituency constituency,
                             String organisation) {
        guard.requirePlatformAdmin(actorId);
        Account account = em.find(Account.class, accountId);
        RoleGrant grant = new RoleGrant(account, role, constituency, organisation);
        em.persist(grant);
        audit.record(tenant, actorId, "role.appointed", account.getEmail(), null, role.name());
        return grant;
    }
}
