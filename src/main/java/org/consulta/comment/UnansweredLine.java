package org.consulta.comment;

import java.time.Instant;

/** A contribution still waiting for its response, as the responders' queue lists it. */
public record UnansweredLine(Long commentId, String planSlug, String reference, String body, Instant postedAt,
                             Long progressUpdateId, String language) {

    public Long getCommentId() { return commentId; }
    public String getPlanSlug() { return planSlug; }
    public String getReference() { return reference; }
    public String getExcerpt() { return body.length() > 160 ? body.substring(0, 160) + "…" : body; }
    public Instant getPostedAt() { return postedAt; }
    /** The language it is written in: responders answer it in that language. */
    public String getLanguage() { return language; }
    /** Written on a progress update rather than in a consultation. */
    public boolean isOnProgress() { return progressUpdateId != null; }
    /** Where it is read, relative to its commitment's page. */
    public String getPlace() { return Comment.place(progressUpdateId, commentId); }
}
