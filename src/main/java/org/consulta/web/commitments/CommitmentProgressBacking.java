package org.consulta.web.commitments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.consulta.tracking.CommitmentProgress;
import org.consulta.tracking.Completion;
import org.consulta.tracking.MilestoneReport;
import org.consulta.tracking.MilestoneStatus;
import org.consulta.tracking.ProgressReader;
import org.consulta.tracking.TrackingService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.I18nView;
import org.consulta.web.frame.PageUrls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The progress part of {@code /views/commitments/show.xhtml}: completion level, milestones' statuses
 * and the history; for reporters, the update and completion forms; for administrators, appointing.
 */
@Named
@RequestScoped
public class CommitmentProgressBacking {

    @Inject
    private ProgressReader reader;
    @Inject
    private TrackingService tracking;
    @Inject
    private ShowCommitmentBacking show;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;
    @Inject
    private I18nView i18n;

    private CommitmentProgress progress;
    private final MilestoneReport report = new MilestoneReport();
    private Part evidence;
    private Completion level;
    private String reason;
    private String reporterEmail;

    public CommitmentProgress getProgress() {
        if (progress == null) {
            progress = reader.progress(page.tenant(), user.id(), page.param("plan"), page.param("ref"));
        }
        return progress;
    }

    public void report() {
        report.setLanguage(page.getLanguage());
        try (InputStream in = evidence == null || evidence.getSize() == 0 ? null : evidence.getInputStream()) {
            tracking.reportMilestone(page.tenant(), user.id(), page.param("plan"), page.param("ref"), report,
                    in == null ? null : evidence.getSubmittedFileName(), in == null ? 0 : evidence.getSize(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Faces.done("commitments_progress.reported", progressPath());
    }

    public void setCompletion() {
        tracking.overrideCompletion(page.tenant(), user.id(), page.param("plan"), page.param("ref"), level, reason, page.getLanguage());
        Faces.done("commitments_progress.completion_set", progressPath());
    }

    public void appoint() {
        tracking.appointReporter(page.tenant(), user.id(), page.param("plan"), page.param("ref"), reporterEmail);
        Faces.done("commitments_progress.appointed", progressPath());
    }

    private String progressPath() {
        return urls.repositoryPath("/plans/" + page.param("plan") + "/" + page.param("ref")) + "#progress";
    }

    /** Each milestone's deliverable as the page shows it, by key, for the history and the form. */
    public java.util.Map<String, org.consulta.i18n.ShownText> getDeliverables() {
        java.util.Map<String, org.consulta.i18n.ShownText> out = new java.util.LinkedHashMap<>();
        show.getShown().getMilestones().forEach(m -> out.put(m.key(), m.deliverable()));
        return out;
    }

    public MilestoneReport getReport() { return report; }
    public Part getEvidence() { return evidence; }
    public void setEvidence(Part evidence) { this.evidence = evidence; }
    public Completion getLevel() { return level; }
    public void setLevel(Completion level) { this.level = level; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getReporterEmail() { return reporterEmail; }
    public void setReporterEmail(String reporterEmail) { this.reporterEmail = reporterEmail; }
    public MilestoneStatus[] getStatuses() { return MilestoneStatus.values(); }
    public Completion[] getLevels() { return Completion.values(); }
}
