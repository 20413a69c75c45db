package org.consulta.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.consulta.kernel.StoredSettingsPart;
import org.consulta.kernel.Tenant;

/** Machine translation on the settings page (only when the platform has an engine), and what the queue reads of it. */
@ApplicationScoped
public class MachineTranslationSettingsPart extends StoredSettingsPart<MachineTranslationSettings> {

    @Inject
    private ApertiumTranslator engine;

    public MachineTranslationSettingsPart() {
        super(MachineTranslationSettings.class, "translation", 50, MachineTranslationSettings::new);
    }

    public boolean covers(Tenant tenant, String kind) {
        return engine.isAvailable() && load(tenant).covers(kind);
    }
}
