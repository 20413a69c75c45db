package org.consulta.comment;

/** Why an item is flagged or hidden; the public placeholder names it in the reader's language. */
public enum ModerationReason {
    SPAM, OFFENSIVE, OFF_TOPIC, PERSONAL_DATA, OTHER
}
