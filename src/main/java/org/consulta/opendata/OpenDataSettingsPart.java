package org.consulta.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.kernel.StoredSettingsPart;
import org.consulta.kernel.Tenant;

import java.util.List;

/** The data licence on the settings page, and what exports and the API read of it. */
@ApplicationScoped
public class OpenDataSettingsPart extends StoredSettingsPart<OpenDataSettings> {

    public OpenDataSettingsPart() {
        super(OpenDataSettings.class, "opendata", 40, OpenDataSettings::new);
    }

    @Override
    public List<?> choices() {
        return List.of(DataLicence.values());
    }

    public DataLicence licence(Tenant tenant) {
        return load(tenant).getDataLicence();
    }
}
