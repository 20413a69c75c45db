package org.consulta.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The stored logo of a repository (one per repository, replaced in place). */
@Entity
@Table(name = "repository_logo")
public class RepositoryLogo {

    @Id
    @Column(name = "repository_id")
    private Long repositoryId;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private byte[] content;

    protected RepositoryLogo() {
    }

    RepositoryLogo(long repositoryId) {
        this.repositoryId = repositoryId;
    }

    void replace(LogoImage.Checked image) {
        this.mediaType = image.mediaType();
        this.content = image.content();
        this.updatedAt = Instant.now();
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
