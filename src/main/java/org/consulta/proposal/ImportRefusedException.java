package org.consulta.proposal;

import org.consulta.kernel.RefusedException;

import java.util.List;

/** A file refused as a whole (nothing of it was imported), with every line at fault. */
public class ImportRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;
    private final List<LineProblem> problems;

    public ImportRefusedException(List<LineProblem> problems) {
        super("proposal_csv.refused", "file");
        this.problems = List.copyOf(problems);
    }

    public List<LineProblem> problems() {
        return problems;
    }
}
