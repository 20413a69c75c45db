package org.consulta.moderation;

import org.consulta.comment.Comment;
import org.consulta.comment.ModerationReason;

import java.util.Map;

/**
 * A contribution as the queue shows it: its text whatever its state, its author, where it was
 * written, and its open flags counted by reason. {@code own}: the moderator wrote it (no actions).
 */
public record QueueItem(Comment comment, String authorName, Place place, Map<ModerationReason, Long> flags, boolean own) {

    public Comment getComment() { return comment; }
    public String getAuthorName() { return authorName; }
    public Place getPlace() { return place; }
    public Map<ModerationReason, Long> getFlags() { return flags; }
    public boolean isOwn() { return own; }
}
