package org.consulta.i18n;

/** The notice a piece of user content carries for one reader; each has a bundle key {@code content.label.*}. */
public enum ContentLabel {
    /** In the reader's language, written or reviewed by a person, current. */
    NONE,
    /** No translation in the reader's language: shown in the next language of the repository's order. */
    OTHER_LANGUAGE,
    /** Made by a machine, not yet reviewed by a person. */
    MACHINE,
    /** Translated from an earlier state of the original. */
    OUTDATED
}
