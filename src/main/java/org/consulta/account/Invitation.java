package org.consulta.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.consulta.kernel.BaseEntity;

import java.time.Instant;

/**
 * A role offered to an address that has no account yet. Deliberately not tenant-filtered: it is
 * looked up by address across repositories when the person confirms their account.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends BaseEntity {

    @Column(name = "repository_id", nullable = false, updatable = false)
    private long repositoryId;

    @Column(nullable = false, updatable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RepositoryRole role;

    @Enumerated(EnumType.STRING)
    private Constituency constituency;

    private String organisation;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invitation() {
    }

    Invitation(long repositoryId, String email, RepositoryRole role, Constituency constituency, String organisation) {
        this.repositoryId = repositoryId;
        this.email = email;
        this.role = role;
        this.constituency = constituency;
        this.organisation = organisation;
    }

    void accept(Instant now) {
        acceptedAt = now;
    }

    public boolean isPending() {
        return acceptedAt == null;
    }

    public String getEmail() {
        return email;
    }

    public long getRepositoryId() {
        return repositoryId;
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
