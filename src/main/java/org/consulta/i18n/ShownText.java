package org.consulta.i18n;

/**
 * The text chosen for a reader, with the language it is actually in and its provenance.
 * (Bean-style getters too: Jakarta EL 5 does not read record components.)
 */
public record ShownText(String text, String language, TranslationStatus status) {

    public String getText() {
        return text;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isMachine() {
        return status == TranslationStatus.MACHINE;
    }
}
