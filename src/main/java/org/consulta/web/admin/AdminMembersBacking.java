package org.consulta.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.Constituency;
import org.consulta.account.Invitation;
import org.consulta.account.MembershipService;
import org.consulta.account.RepositoryRole;
import org.consulta.account.RoleGrant;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.LazyRows;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

import java.util.List;

/** {@code /views/admin/members.xhtml}: who holds which role; invite, and remove a role. */
@Named
@RequestScoped
public class AdminMembersBacking implements org.consulta.web.frame.RowActions {

    @Inject
    private MembershipService memberships;
    @Inject
    private org.consulta.account.InviteeService invitees;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private String search;
    private int pageNumber;
    private LazyRows<RoleGrant> rows;
    private List<Invitation> invitations;
    private String email;
    private RepositoryRole role = RepositoryRole.MODERATOR;
    private Constituency constituency;
    private String organisation;
    private String inviteeLanguage;

    /** The members, a slice at a time as the table asks (the service checks the role on each). */
    public LazyRows<RoleGrant> getRows() {
        if (rows == null) {
            rows = new LazyRows<>(slice -> memberships.readMembers(page.tenant(), user.id(), slice),
                    slice -> memberships.countMembers(page.tenant(), user.id(), slice), RoleGrant::getId);
        }
        return rows;
    }

    /** The first row shown on opening, so {@code ?page=N} links still lead somewhere. */
    public int getFirst() {
        return pageNumber * MembershipService.PAGE_SIZE;
    }

    /** Suggestions as the administrator types the invitee (PrimeFaces' autoComplete asks). */
    public List<org.consulta.account.Invitees.Suggestion> suggest(String typed) {
        return invitees.suggestInvitees(page.tenant(), user.id(), typed);
    }

    public void invite() {
        String invitee = email;
        if (invitee == null || invitee.isBlank()) {
            // a chosen suggestion travels in the component's hidden field; a typed address (and any address
            // on a page without JavaScript) only in its visible one
            invitee = Faces.request().getParameter("invite:email_input");
        }
        memberships.inviteMember(page.tenant(), user.id(), invitee, role, constituency, organisation,
                inviteeLanguage == null ? page.getLanguage() : inviteeLanguage);
        Faces.done("admin_members.invited", urls.pathIn(page.getLanguage()));
    }

    public List<Invitation> getInvitations() {
        if (invitations == null) {
            invitations = memberships.listPendingInvitations(page.tenant(), user.id());
        }
        return invitations;
    }

    /**
     * A row's action, naming its person or invitation by id: cancel an invitation, or remove one role
     * ({@code role}) from the account of the row.
     */
    @Override
    public void perform(org.consulta.web.frame.RowPost post) {
        switch (String.valueOf(post.action())) {
            case "cancel" -> {
                memberships.cancelInvitation(page.tenant(), user.id(), post.item());
                Faces.done("admin_members.cancelled", urls.pathIn(page.getLanguage()));
            }
            case "revoke" -> {
                RepositoryRole role = java.util.Arrays.stream(RepositoryRole.values())
                        .filter(r -> r.name().equals(post.value("role"))).findFirst().orElseThrow(post::unknown);
                memberships.revokeRole(page.tenant(), user.id(), post.item(), role);
                Faces.done("admin_members.revoked", urls.pathIn(page.getLanguage()));
            }
            default -> throw post.unknown();
        }
    }

    public RepositoryRole[] getRoles() {
        return RepositoryRole.values();
    }

    public Constituency[] getConstituencies() {
        return Constituency.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public void setPageNumber(int pageNumber) {
        this.pageNumber = Math.max(0, pageNumber);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public RepositoryRole getRole() {
        return role;
    }

    public void setRole(RepositoryRole role) {
        this.role = role;
    }

    public Constituency getConstituency() {
        return constituency;
    }

    public void setConstituency(Constituency constituency) {
        this.constituency = constituency;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getInviteeLanguage() {
        return inviteeLanguage;
    }

    public void setInviteeLanguage(String inviteeLanguage) {
        this.inviteeLanguage = inviteeLanguage;
    }
}
