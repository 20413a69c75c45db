package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.kernel.StoredSettingsPart;

/** The consultation defaults on the settings page. */
@ApplicationScoped
public class ConsultationSettingsPart extends StoredSettingsPart<ConsultationDefaults> {

    public ConsultationSettingsPart() {
        super(ConsultationDefaults.class, "consultation", 20, ConsultationDefaults::new);
    }
}
