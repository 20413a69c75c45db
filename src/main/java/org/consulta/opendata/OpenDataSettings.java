package org.consulta.opendata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.consulta.kernel.SettingsRow;

/** The open licence a repository publishes its data under. Loaded detached, it is also the settings form. */
@Entity
@Table(name = "open_data_settings")
public class OpenDataSettings extends SettingsRow {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "data_licence", nullable = false, length = 16)
    private DataLicence dataLicence = DataLicence.CC_BY_4_0;

    protected OpenDataSettings() {
    }

    OpenDataSettings(long repositoryId) {
        super(repositoryId);
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
