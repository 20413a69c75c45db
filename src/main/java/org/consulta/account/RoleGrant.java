package org.consulta.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consulta.kernel.TenantOwned;

/** A role a person holds in one repository; unique per person, role and repository in the database. */
@Entity
@Table(name = "role_grant")
public class RoleGrant extends TenantOwned {

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RepositoryRole role;

    @Enumerated(EnumType.STRING)
    private Constituency constituency;

    private String organisation;

    protected RoleGrant() {
    }

    public RoleGrant(Account account, RepositoryRole role, Constituency constituency, String organisation) {
        this.account = account;
        this.role = role;
        this.constituency = constituency;
        this.organisation = organisation;
    }

    public Account getAccount() {
        return account;
    }

    public RepositoryRole getRole() {
        return role;
    }

    public Constituency getConstituency() {
        return constituency;
    }

    public String getOrganisation() {
        return organisation;
    }
}
