package org.consulta.comment;

import java.util.List;

/**
 * A comment as a thread shows it: with its author's public name, where it stands against the
 * current version, and (for a top-level comment) its replies in reading order.
 */
public record ShownComment(Comment comment, String authorName, CommentAnchor anchor, List<ShownComment> replies,
                           Response response) {

    /** This comment and every reply under it. */
    java.util.stream.Stream<ShownComment> flatten() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this), replies.stream().flatMap(ShownComment::flatten));
    }

    public Comment getComment() { return comment; }
    public String getAuthorName() { return authorName; }
    public CommentAnchor getAnchor() { return anchor; }
    public List<ShownComment> getReplies() { return replies; }
    /** The official response, for a top-level contribution that has one; null otherwise. */
    public Response getResponse() { return response; }
}
