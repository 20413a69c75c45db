package org.consulta.moderation;

import org.consulta.comment.ModerationReason;

import java.util.List;

/**
 * What a moderator decides on one or more contributions at once: the step, the reason (needed to
 * hide), an optional note for the audit log.
 */
public record Decision(Step step, ModerationReason reason, String note, List<Long> commentIds) {

    /** Approve a held item, hide, restore a hidden one, dismiss the flags of a public one. */
    public enum Step { APPROVE, HIDE, RESTORE, DISMISS }
}
