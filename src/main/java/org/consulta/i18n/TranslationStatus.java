package org.consulta.i18n;

/**
 * Where a piece of user content in one language came from. Readers are always told when they
 * are not reading the original or a human translation; "missing" is the absence of an entry.
 */
public enum TranslationStatus {
    ORIGINAL, HUMAN, MACHINE
}
