package org.consulta.opendata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;

/** The open licence a repository publishes its data under. Loaded detached, it is also the settings form. */
@Entity
@Table(name = "open_data_settings")
public class OpenDataSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "repository_id")
    private Long repositoryId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "data_licence", nullable = false, length = 16)
    private DataLicence dataLicence = DataLicence.CC_BY_4_0;

    protected OpenDataSettings() {
    }

    OpenDataSettings(Long repositoryId) {
        this.repositoryId = repositoryId;
    }

    Long getRepositoryId() {
        return repositoryId;
    }

    public DataLicence getDataLicence() {
        return dataLicence;
    }

    public void setDataLicence(DataLicence dataLicence) {
        this.dataLicence = dataLicence;
    }

    /** A readable snapshot for the audit log. */
    @Override
    public String toString() {
        return "licence=" + dataLicence;
    }
}
