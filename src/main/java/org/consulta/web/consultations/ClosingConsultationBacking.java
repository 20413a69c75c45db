package org.consulta.web.consultations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.consultation.ConsultationService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

import java.time.LocalDateTime;

/** The administrators' form of {@code /views/consultations/show.xhtml} that extends a consultation or ends it now. */
@Named
@RequestScoped
public class ClosingConsultationBacking {

    @Inject
    private ConsultationService consultations;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private LocalDateTime closes;
    private String reason;

    public void extend() {
        consultations.moveClosing(page.tenant(), user.id(), Long.parseLong(page.param("id")), closes, reason, page.getLanguage());
        done();
    }

    public void closeNow() {
        consultations.endEarly(page.tenant(), user.id(), Long.parseLong(page.param("id")), reason, page.getLanguage());
        done();
    }

    private void done() {
        Faces.done("consultations_show.closing_changed", urls.repositoryPath("/consultations/" + page.param("id")));
    }

    public LocalDateTime getCloses() { return closes; }
    public void setCloses(LocalDateTime closes) { this.closes = closes; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
