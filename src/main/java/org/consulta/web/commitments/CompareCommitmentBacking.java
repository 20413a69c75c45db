package org.consulta.web.commitments;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.commitment.CommitmentReader;
import org.consulta.commitment.Comparison;
import org.consulta.commitment.VersionComparison;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.Params;

/** {@code /views/commitments/compare.xhtml}: versions {@code from} and {@code to} (default: the last two). */
@Named
@RequestScoped
public class CompareCommitmentBacking {

    @Inject
    private CommitmentReader reader;
    @Inject
    private CurrentPage page;

    private Comparison comparison;

    @PostConstruct
    void load() {
        Integer from = Params.integer("from");
        Integer to = Params.integer("to");
        comparison = reader.compare(page.tenant(), page.param("plan"), page.param("ref"),
                from == null ? -1 : from, to == null ? -1 : to, page.getLanguage(), page.fallbackOrder());
    }

    public Comparison getComparison() { return comparison; }
    public VersionComparison.Change[] getChanges() { return VersionComparison.Change.values(); }
}
