package org.consulta.moderation;

/** What a flag or a moderation action is about. */
public enum TargetType {
    COMMENT, ACCOUNT
}
