package org.consulta.i18n;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The default: no machine translation, so nothing is ever sent to a third party without a decision. */
@ApplicationScoped
public class NoMachineTranslation implements MachineTranslator {

    @Override
    public boolean isAvailable() {
        return false;
    }

    @Override
    public Optional<String> translate(String text, String fromLanguage, String toLanguage) {
        return Optional.empty();
    }
}
