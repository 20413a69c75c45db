package org.consulta.comment;

/**
 * Who may read a contribution: everyone; only its author and the moderators until one approves it
 * (pre-moderation); or no one's text but a placeholder with the reason (hidden, never deleted).
 */
public enum Visibility {
    PUBLISHED, HELD, HIDDEN
}
