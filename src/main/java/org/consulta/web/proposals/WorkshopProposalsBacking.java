package org.consulta.web.proposals;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.consulta.kernel.RefusedException;
import org.consulta.plan.PolicyArea;
import org.consulta.plan.PolicyAreaService;
import org.consulta.proposal.CallService;
import org.consulta.proposal.ImportRefusedException;
import org.consulta.proposal.LineProblem;
import org.consulta.proposal.ProposalCall;
import org.consulta.proposal.ProposalDraft;
import org.consulta.proposal.Workshop;
import org.consulta.proposal.WorkshopCsv;
import org.consulta.proposal.WorkshopForm;
import org.consulta.proposal.WorkshopService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.I18nView;
import org.consulta.web.frame.PageUrls;
import org.consulta.web.frame.Params;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /views/proposals/workshop.xhtml}: a facilitator records a workshop of the call, then
 * ({@code ?w=}) its proposals, typed one by one or from a CSV file whose faults are listed line by line.
 */
@Named
@RequestScoped
public class WorkshopProposalsBacking {

    static final int MAX_FILE = 1024 * 1024;

    @Inject
    private CallService calls;
    @Inject
    private WorkshopService workshops;
    @Inject
    private PolicyAreaService areas;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;
    @Inject
    private I18nView i18n;

    private ProposalCall call;
    private Workshop workshop;
    private List<Workshop> recorded;
    private final WorkshopForm form = new WorkshopForm();
    private final ProposalDraft draft = new ProposalDraft();
    private Part file;
    private String fileLanguage;

    @PostConstruct
    void load() {
        call = calls.findCall(page.tenant(), Long.parseLong(page.param("id")));
        Long chosen = Params.id("w");
        workshop = chosen == null ? null : workshops.findWorkshop(page.tenant(), chosen);
        if (workshop != null && !workshop.getCall().getId().equals(call.getId())) {
            throw new org.consulta.kernel.NotFoundException("workshop " + chosen);
        }
        recorded = workshops.callWorkshops(page.tenant(), call.getId());
        form.setHeldOn(LocalDate.now(page.getRepository().zone()));
        draft.setLanguage(page.getLanguage());
        fileLanguage = page.getLanguage();
    }

    public void record() {
        Workshop made = workshops.recordWorkshop(page.tenant(), user.id(), call.getId(), form);
        Faces.done("proposals_workshop.recorded", here(made.getId()));
    }

    public void addProposal() {
        workshops.recordWorkshopProposal(page.tenant(), user.id(), workshop.getId(), draft);
        Faces.done("proposals_workshop.proposal_added", here(workshop.getId()));
    }

    /** The file's proposals, all or none: each line at fault is named in the page's language. */
    public void importFile() {
        try {
            workshops.importWorkshopProposals(page.tenant(), user.id(), workshop.getId(), read(file), fileLanguage);
            Faces.done("proposals_workshop.imported", here(workshop.getId()));
        } catch (ImportRefusedException refused) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, i18n.text("proposal_csv.refused"), null));
            for (LineProblem problem : refused.problems()) {
                String reason = i18n.text(problem.key());
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.column() == null
                        ? i18n.format("proposal_csv.line", problem.line(), reason)
                        : i18n.format("proposal_csv.line_column", problem.line(), problem.column(), reason), null));
            }
            context.validationFailed();
        }
    }

    private static String read(Part part) {
        if (part == null || part.getSize() == 0) {
            throw new RefusedException("proposal_csv.no_file", "file");
        }
        if (part.getSize() > MAX_FILE) {
            throw new RefusedException("proposal_csv.too_big", "file");
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String here(long workshopId) {
        return urls.repositoryPath("/calls/" + call.getId() + "/workshop?w=" + workshopId);
    }

    public ProposalCall getCall() { return call; }
    public Workshop getWorkshop() { return workshop; }
    public List<Workshop> getRecorded() { return recorded; }
    public WorkshopForm getForm() { return form; }
    public ProposalDraft getDraft() { return draft; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getFileLanguage() { return fileLanguage; }
    public void setFileLanguage(String fileLanguage) { this.fileLanguage = fileLanguage; }
    public List<PolicyArea> getPolicyAreas() { return areas.list(page.tenant()); }
    public String getColumns() { return String.join(",", WorkshopCsv.COLUMNS); }
    public int getMaxLines() { return WorkshopCsv.MAX_LINES; }
}
