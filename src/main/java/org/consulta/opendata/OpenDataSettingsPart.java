package org.consulta.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.kernel.StoredSettingsPart;
import org.consulta.kernel.Tenant;

import java.util.List;

/** The data licence on the settings page, and what exports and the API read of it. */
@ApplicationScoped
public class OpenDataSettingsPart extends StoredSettingsPart<OpenDataSettings> {

    public OpenDataSettingsPart() {
        super(OpenDataSettings.class);
    }

    @Override
    public String name() {
        return "opendata";
    }

    @Override
    public int position() {
        return 40;
    }

    @Override
    public String fragment() {
        return "/WEB-INF/settings/opendata.xhtml";
    }

    @Override
    protected OpenDataSettings defaults(long repositoryId) {
        return new OpenDataSettings(repositoryId);
    }

    @Override
    protected long repositoryOf(OpenDataSettings form) {
        return form.getRepositoryId();
    }

    @Override
    public List<?> choices() {
        return List.of(DataLicence.values());
    }

    public DataLicence licence(Tenant tenant) {
        return load(tenant).getDataLicence();
    }
}
