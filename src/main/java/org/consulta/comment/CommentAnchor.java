package org.consulta.comment;

import org.consulta.commitment.CommitmentText;
import org.consulta.commitment.Section;

import java.util.Optional;

/**
 * Where a comment stands in a newer version of what it commented: still on the same words, on a
 * passage that changed since (readers get a link to the comparison), or on a passage that is gone
 * (the comment is listed under "comments on removed passages"). Found by section key, never by text.
 */
public enum CommentAnchor {
    WHOLE_COMMITMENT, SAME, CHANGED, REMOVED;

    public static CommentAnchor of(String sectionKey, CommitmentText commented, CommitmentText current) {
        if (sectionKey == null) {
            return WHOLE_COMMITMENT;
        }
        Optional<Section> now = current.section(sectionKey);
        if (now.isEmpty()) {
            return REMOVED;
        }
        Optional<Section> then = commented.section(sectionKey);
        return then.isPresent() && then.get().text().equals(now.get().text()) ? SAME : CHANGED;
    }
}
