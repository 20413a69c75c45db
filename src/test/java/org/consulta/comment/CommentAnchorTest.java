package org.consulta.comment;

import org.consulta.commitment.CommitmentText;
import org.consulta.commitment.Section;
import org.consulta.commitment.Sectioning;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Comments follow their section through new versions, by identity, whatever happened to the text. */
class CommentAnchorTest {

    private final AtomicInteger keys = new AtomicInteger();

    @Test
    void aCommentFollowsItsSectionAcrossVersions() {
        List<Section> v1 = Sectioning.resection(List.of(), "PROBLEM",
                "Les contrats ne sont pas publiés.\n\nLes citoyens ne peuvent rien suivre.\n\nLes données sont éparses.", this::key);
        List<Section> v2 = Sectioning.resection(v1, "PROBLEM",
                "Un paragraphe ajouté en tête.\n\nLes contrats ne sont pas publiés.\n\nLes citoyens ne peuvent pas suivre les avenants.", this::key);
        CommitmentText first = text(v1);
        CommitmentText second = text(v2);

        assertEquals(CommentAnchor.SAME, CommentAnchor.of(v1.get(0).key(), first, second), "moved down, same words");
        assertEquals(CommentAnchor.CHANGED, CommentAnchor.of(v1.get(1).key(), first, second), "reworded: 'changed since'");
        assertEquals(CommentAnchor.REMOVED, CommentAnchor.of(v1.get(2).key(), first, second), "gone: 'removed passages'");
        assertEquals(CommentAnchor.WHOLE_COMMITMENT, CommentAnchor.of(null, first, second));
    }

    private String key() {
        return "k" + keys.incrementAndGet();
    }

    private static CommitmentText text(List<Section> sections) {
        return new CommitmentText("fr", sections, List.of(), "");
    }
}
