package org.consulta.i18n;

import java.util.Optional;

/**
 * The plug-in point for machine translation. No remote service is enabled by default; a deployment
 * provides an alternative CDI bean. Whatever it returns is stored as {@link TranslationStatus#MACHINE}
 * and labelled as such until a person reviews it.
 */
public interface MachineTranslator {

    boolean isAvailable();

    Optional<String> translate(String text, String fromLanguage, String toLanguage);
}
