package org.consulta.proposal;

import org.consulta.kernel.RefusedException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A workshop's proposals as a spreadsheet, checked line by line before anything is kept. The first line
 * names the columns (any order): {@code title}, {@code problem}, {@code solution} (required),
 * {@code language} (fr, es or en; empty: the language chosen on the form), {@code policy_areas} (names
 * as the repository shows them in any of its languages, separated by {@code |}) and {@code organisation}.
 */
public final class WorkshopCsv {

    public static final List<String> COLUMNS = List.of("title", "problem", "solution", "language", "policy_areas", "organisation");
    public static final int MAX_LINES = 500;

    /** One proposal of the file, ready to record. */
    public record Line(int line, ProposalText text, String language, List<Long> areaIds) {
    }

    private WorkshopCsv() {
    }

    /**
     * Every line's proposal, or {@link ImportRefusedException} listing every line at fault.
     * {@code areas}: policy area ids by lower-case name, in every language.
     */
    public static List<Line> read(String csv, Set<String> languages, String defaultLanguage, Map<String, Long> areas) {
        List<CsvRows.Row> rows;
        try {
            rows = CsvRows.parse(csv == null ? "" : csv);
        } catch (CsvRows.UnclosedQuote unclosed) {
            throw new ImportRefusedException(List.of(new LineProblem(unclosed.line, null, "proposal_csv.unclosed_quote")));
        }
        if (rows.isEmpty()) {
            throw new ImportRefusedException(List.of(new LineProblem(1, null, "proposal_csv.empty")));
        }
        List<String> header = rows.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<LineProblem> problems = new ArrayList<>();
        for (String required : List.of("title", "problem", "solution")) {
            if (!header.contains(required)) {
                problems.add(new LineProblem(1, required, "proposal_csv.missing_column"));
            }
        }
        header.stream().filter(h -> !COLUMNS.contains(h)).forEach(h -> problems.add(new LineProblem(1, h, "proposal_csv.unknown_column")));
        if (new LinkedHashSet<>(header).size() != header.size()) {
            problems.add(new LineProblem(1, null, "proposal_csv.repeated_column"));
        }
        if (rows.size() - 1 > MAX_LINES) {
            problems.add(new LineProblem(rows.get(MAX_LINES + 1).line(), null, "proposal_csv.too_many"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        if (rows.size() == 1) {
            throw new ImportRefusedException(List.of(new LineProblem(1, null, "proposal_csv.no_proposals")));
        }
        List<Line> lines = new ArrayList<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            Line line = line(row, header, languages, defaultLanguage, areas, problems);
            if (line != null) {
                lines.add(line);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        return lines;
    }

    private static Line line(CsvRows.Row row, List<String> header, Set<String> languages, String defaultLanguage,
                             Map<String, Long> areas, List<LineProblem> problems) {
        if (row.fields().size() != header.size()) {
            problems.add(new LineProblem(row.line(), null, "proposal_csv.column_count"));
            return null;
        }
        int before = problems.size();
        ProposalText text = null;
        try {
            text = ProposalRules.text(cell(row, header, "title"), cell(row, header, "problem"), cell(row, header, "solution"),
                    cell(row, header, "organisation"));
        } catch (RefusedException refused) {
            problems.add(new LineProblem(row.line(), refused.field(), refused.messageKey()));
        }
        String language = cell(row, header, "language").strip().toLowerCase(Locale.ROOT);
        if (language.isEmpty()) {
            language = defaultLanguage;
        } else if (!languages.contains(language)) {
            problems.add(new LineProblem(row.line(), "language", "proposal_csv.language"));
        }
        List<Long> ids = new ArrayList<>();
        for (String name : cell(row, header, "policy_areas").split("\\|")) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            Long id = areas.get(key);
            if (id == null) {
                problems.add(new LineProblem(row.line(), "policy_areas", "proposal_csv.area"));
                break;
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return problems.size() == before ? new Line(row.line(), text, language, ids) : null;
    }

    private static String cell(CsvRows.Row row, List<String> header, String column) {
        int at = header.indexOf(column);
        return at < 0 ? "" : row.fields().get(at);
    }
}
