package org.consulta.web.consultations;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.comment.ConsultationReport;
import org.consulta.comment.PlainText;
import org.consulta.comment.ReportLine;
import org.consulta.comment.ReportSummary;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.Params;

import java.time.Instant;
import java.util.List;

/** {@code /views/consultations/show.xhtml}: a consultation, its figures and its contributions with responses (the report once closed). */
@Named
@RequestScoped
public class ShowConsultationBacking {

    @Inject
    private ConsultationReport report;
    @Inject
    private CurrentPage page;
    @Inject
    private org.consulta.web.frame.CurrentUser user;

    private ReportSummary summary;
    private List<ReportLine> lines;
    private int number;

    @PostConstruct
    void load() {
        long id = Long.parseLong(page.param("id"));
        number = Params.integer("page") == null ? 0 : Params.integer("page");
        summary = report.summary(page.tenant(), id);
        lines = report.contributions(page.tenant(), user.id(), id, number);
    }

    public String html(String body) { return PlainText.html(body); }
    public ReportSummary getSummary() { return summary; }
    public List<ReportLine> getLines() { return lines; }
    public int getPage() { return number; }
    public boolean isHasNext() { return lines.size() == ConsultationReport.PAGE_SIZE; }
    public boolean isReadable() { return summary.consultation().readableBy(user.id(), Instant.now()); }
    public String getState() { return summary.consultation().window().state(Instant.now()).name(); }
}
