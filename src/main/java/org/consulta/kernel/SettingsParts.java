package org.consulta.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;

/** Every feature's {@link SettingsPart}, in page order. */
@ApplicationScoped
public class SettingsParts {

    @Inject
    @Any
    private Instance<SettingsPart> parts;

    public List<SettingsPart> all() {
        return parts.stream().sorted(Comparator.comparingInt(SettingsPart::position)).toList();
    }
}
