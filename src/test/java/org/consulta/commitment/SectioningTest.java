package org.consulta.commitment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Section identity across edits: the anchor of every comment on a draft commitment. */
class SectioningTest {

    private final AtomicInteger counter = new AtomicInteger();
    private final Supplier<String> keys = () -> "s" + counter.incrementAndGet();

    private static final String V1 = """
            Procurement data is scattered across three systems.

            Only the award is published, not the planning.

            Citizens cannot follow amendments or execution.""";

    @Test
    void splitsOnBlankLinesAndNormalisesSpaces() {
        assertEquals(List.of("a b", "c"), Sectioning.paragraphs("  a \n b \n\n\n   c  \n"));
        assertEquals(List.of(), Sectioning.paragraphs("  \n "));
    }

    @Test
    void anUntouchedParagraphKeepsItsIdentityWhenAnotherIsInsertedBeforeIt() {
        List<Section> v1 = Sectioning.resection(List.of(), "problem", V1, keys);
        List<Section> v2 = Sectioning.resection(v1, "problem",
                "A new opening paragraph.\n\n" + V1, keys);
        assertEquals(4, v2.size());
        assertEquals("s4", v2.get(0).key(), "the inserted paragraph is a new section");
        assertEquals(List.of("s1", "s2", "s3"), v2.subList(1, 4).stream().map(Section::key).toList());
        assertEquals(1, v2.get(1).position());
    }

    @Test
    void anEditedParagraphKeepsItsIdentityWhileMostOfItsWordsRemain() {
        List<Section> v1 = Sectioning.resection(List.of(), "problem", V1, keys);
        List<Section> v2 = Sectioning.resection(v1, "problem", V1.replace("Only the award is published, not the planning.",
                "Only the award is published today, not the planning."), keys);
        assertEquals(v1.get(1).key(), v2.get(1).key());
        assertEquals("Only the award is published today, not the planning.", v2.get(1).text());
    }

    @Test
    void aRewrittenParagraphBecomesANewSection() {
        List<Section> v1 = Sectioning.resection(List.of(), "problem", V1, keys);
        List<Section> v2 = Sectioning.resection(v1, "problem", V1.replace("Only the award is published, not the planning.",
                "Tenders above a threshold go unadvertised in regional newspapers."), keys);
        assertNotEquals(v1.get(1).key(), v2.get(1).key());
        assertEquals(v1.get(2).key(), v2.get(2).key());
    }

    @Test
    void aMovedParagraphKeepsItsIdentity() {
        List<Section> v1 = Sectioning.resection(List.of(), "problem", V1, keys);
        String[] p = V1.split("\n\n");
        List<Section> v2 = Sectioning.resection(v1, "problem", p[2] + "\n\n" + p[0] + "\n\n" + p[1], keys);
        assertEquals(List.of(v1.get(2).key(), v1.get(0).key(), v1.get(1).key()), v2.stream().map(Section::key).toList());
    }

    @Test
    void fieldsAreSectionedApart() {
        List<Section> problem = Sectioning.resection(List.of(), "problem", V1, keys);
        List<Section> objective = Sectioning.resection(problem, "objective", "Publish in OCDS.", keys);
        assertEquals(1, objective.size());
        assertEquals("objective", objective.get(0).field());
    }
}
