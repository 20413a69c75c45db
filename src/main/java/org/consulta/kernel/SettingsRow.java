package org.consulta.kernel;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.io.Serializable;

/** A feature's settings for one repository: one row keyed by the repository's id (see {@link SettingsPart}). */
@MappedSuperclass
public abstract class SettingsRow implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "repository_id")
    private Long repositoryId;

    protected SettingsRow() {
    }

    /** The platform's defaults, for a repository that never saved its own. */
    protected SettingsRow(long repositoryId) {
        this.repositoryId = repositoryId;
    }

    public Long getRepositoryId() {
        return repositoryId;
    }
}
