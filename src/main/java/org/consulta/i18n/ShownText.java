package org.consulta.i18n;

/**
 * The text chosen for a reader, with the language it is actually in, its provenance and whether it
 * may lag behind its original. (Bean-style getters too: Jakarta EL 5 does not read record components.)
 */
public record ShownText(String text, String language, TranslationStatus status, boolean outdated, ShownText original) {

    public ShownText(String text, String language, TranslationStatus status, boolean outdated) {
        this(text, language, status, outdated, null);
    }

    public ShownText(String text, String language, TranslationStatus status) {
        this(text, language, status, false);
    }

    /** This machine-made text with the original it was made from, for readers to see beside it; any other text is returned as is. */
    public ShownText withOriginal(ShownText from) {
        return isMachine() && from != null && !from.language().equals(language) ? new ShownText(text, language, status, outdated, from) : this;
    }

    /** The original of a machine-made text, when known: what "see the original" shows. */
    public ShownText getOriginal() {
        return original;
    }

    public static ShownText of(String language, Translation translation) {
        return new ShownText(translation.text(), language, translation.status(), translation.outdated());
    }

    public String getText() {
        return text;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isMachine() {
        return status == TranslationStatus.MACHINE;
    }

    public boolean isOutdated() {
        return outdated;
    }

    /** What a reader of {@code readerLanguage} must be told about this text, if anything. */
    public ContentLabel label(String readerLanguage) {
        if (!language.equals(readerLanguage)) {
            return ContentLabel.OTHER_LANGUAGE;
        }
        if (outdated) {
            return ContentLabel.OUTDATED;
        }
        return isMachine() ? ContentLabel.MACHINE : ContentLabel.NONE;
    }
}
