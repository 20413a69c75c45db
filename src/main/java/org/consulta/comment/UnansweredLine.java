package org.consulta.comment;

import java.time.Instant;

/** A contribution still waiting for its response, as the responders' queue lists it. */
public record UnansweredLine(Long commentId, String planSlug, String reference, String body, Instant postedAt) {

    public Long getCommentId() { return commentId; }
    public String getPlanSlug() { return planSlug; }
    public String getReference() { return reference; }
    public String getExcerpt() { return body.length() > 160 ? body.substring(0, 160) + "…" : body; }
    public Instant getPostedAt() { return postedAt; }
}
