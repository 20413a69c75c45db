package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.kernel.StoredSettingsPart;

/** The consultation defaults on the settings page. */
@ApplicationScoped
public class ConsultationSettingsPart extends StoredSettingsPart<ConsultationDefaults> {

    public ConsultationSettingsPart() {
        super(ConsultationDefaults.class);
    }

    @Override
    public String name() {
        return "consultation";
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public String fragment() {
        return "/WEB-INF/settings/consultation.xhtml";
    }

    @Override
    protected ConsultationDefaults defaults(long repositoryId) {
        return new ConsultationDefaults(repositoryId);
    }

    @Override
    protected long repositoryOf(ConsultationDefaults form) {
        return form.getRepositoryId();
    }
}
