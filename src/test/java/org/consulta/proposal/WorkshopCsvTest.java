package org.consulta.proposal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A workshop's file, read line by line: every fault named by line and column, nothing kept when one exists. */
class WorkshopCsvTest {

    private static final Set<String> LANGUAGES = Set.of("fr", "es", "en");
    private static final Map<String, Long> AREAS = Map.of("santé", 1L, "salud", 1L, "eau", 2L, "water", 2L);

    @Test
    void aSpreadsheetsFileIsReadWithItsQuotesLineBreaksAndByteOrderMark() {
        String csv = "\uFEFFsolution,title,problem,policy_areas,language\r\n"
                + "\"Un bus, la nuit\",Des bus de nuit,\"Pas de bus\r\nle soir\",Santé|WATER|eau,\r\n"
                + "\r\n"
                + "Publicar,\"Análisis del \"\"agua\"\"\",Nadie sabe,,es\r\n";
        List<WorkshopCsv.Line> lines = WorkshopCsv.read(csv, LANGUAGES, "fr", AREAS);
        assertEquals(2, lines.size());
        assertEquals(new ProposalText("Des bus de nuit", "Pas de bus\nle soir", "Un bus, la nuit", null), lines.get(0).text());
        assertEquals(List.of(1L, 2L), lines.get(0).areaIds(), "areas named in any language, once each");
        assertEquals("fr", lines.get(0).language(), "an empty language is the form's");
        assertEquals(5, lines.get(1).line(), "lines counted as in the file, the quoted break and the blank line included");
        assertEquals("Análisis del \"agua\"", lines.get(1).text().title());
        assertEquals("es", lines.get(1).language());
    }

    @Test
    void everyLineAtFaultIsNamedAndNoneIsKept() {
        String csv = "title,problem,solution,language,policy_areas\n"
                + "Une bonne proposition,P,S,fr,\n"
                + "Non,P,S,fr,\n"
                + "Une autre proposition,P,S,de,Inconnu\n"
                + "Trop peu de colonnes,P\n"
                + "Sans problème,,S,,\n";
        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> WorkshopCsv.read(csv, LANGUAGES, "fr", AREAS));
        assertEquals(List.of(new LineProblem(3, "title", "proposal.refused.title"),
                new LineProblem(4, "language", "proposal_csv.language"),
                new LineProblem(4, "policy_areas", "proposal_csv.area"),
                new LineProblem(5, null, "proposal_csv.column_count"),
                new LineProblem(6, "problem", "proposal.refused.problem")), refused.problems());
    }

    @Test
    void theHeaderIsCheckedFirst() {
        assertEquals(List.of(new LineProblem(1, "solution", "proposal_csv.missing_column"),
                        new LineProblem(1, "votes", "proposal_csv.unknown_column")),
                problems("title,problem,votes\nUne proposition,P,3\n"));
        assertEquals(List.of(new LineProblem(1, null, "proposal_csv.repeated_column")), problems("title,problem,solution,title\n"));
        assertEquals(List.of(new LineProblem(1, null, "proposal_csv.empty")), problems(" \n"));
        assertEquals(List.of(new LineProblem(1, null, "proposal_csv.no_proposals")), problems("title,problem,solution\n"));
        assertEquals(List.of(new LineProblem(2, null, "proposal_csv.unclosed_quote")), problems("title,problem,solution\n\"Jamais fermé,P,S\n"));
        StringBuilder many = new StringBuilder("title,problem,solution\n");
        for (int i = 0; i <= WorkshopCsv.MAX_LINES; i++) {
            many.append("Proposition ").append(i).append(",P,S\n");
        }
        assertEquals(List.of(new LineProblem(WorkshopCsv.MAX_LINES + 2, null, "proposal_csv.too_many")), problems(many.toString()));
    }

    private static List<LineProblem> problems(String csv) {
        return assertThrows(ImportRefusedException.class, () -> WorkshopCsv.read(csv, LANGUAGES, "fr", AREAS)).problems();
    }
}
