package org.consulta.comment;

/** Where the author of a comment stands on what they comment. */
public enum Alignment {
    IN_FAVOUR, NEUTRAL, AGAINST
}
