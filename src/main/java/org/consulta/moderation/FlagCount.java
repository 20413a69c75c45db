package org.consulta.moderation;

import org.consulta.comment.ModerationReason;

/** Open flags on one target for one reason, as a query row. */
public record FlagCount(Long targetId, ModerationReason reason, Long count) {
}
