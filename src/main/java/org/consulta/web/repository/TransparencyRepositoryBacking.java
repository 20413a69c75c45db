package org.consulta.web.repository;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.comment.ModerationReason;
import org.consulta.moderation.MonthFigures;
import org.consulta.moderation.TransparencyReport;
import org.consulta.web.frame.CurrentPage;

import java.time.Instant;
import java.util.List;

/** {@code /views/repository/transparency.xhtml}: the last twelve months of moderation, in counts, for everyone. */
@Named
@RequestScoped
public class TransparencyRepositoryBacking {

    static final int MONTHS = 12;

    @Inject
    private TransparencyReport report;
    @Inject
    private CurrentPage page;

    private List<MonthFigures> months;

    @PostConstruct
    void load() {
        months = report.months(page.tenant(), MONTHS, Instant.now());
    }

    public List<MonthFigures> getMonths() { return months; }
    public ModerationReason[] getReasons() { return ModerationReason.values(); }
}
