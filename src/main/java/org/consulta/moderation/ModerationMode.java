package org.consulta.moderation;

/** Whether contributions are public at once (and hidden on flags) or held until a moderator approves. */
public enum ModerationMode {
    POST, PRE
}
