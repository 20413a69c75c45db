package org.consulta.web.plans;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.consulta.plan.DocumentLine;
import org.consulta.plan.PlanDocumentService;
import org.consulta.plan.PlanService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The documents of the plan on {@code /views/plans/show.xhtml} and the upload form of {@code /views/plans/edit.xhtml}. */
@Named
@RequestScoped
public class PlanDocumentsBacking {

    @Inject
    private PlanDocumentService documents;
    @Inject
    private PlanService plans;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private Part file;
    private List<DocumentLine> list;

    public void upload() {
        long planId = plans.findPlan(page.tenant(), page.param("plan")).getId();
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            documents.attachDocument(page.tenant(), user.id(), planId, file == null ? null : file.getSubmittedFileName(),
                    file == null ? 0 : file.getSize(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Faces.done("plans_edit.document_attached", urls.repositoryPath("/plans/" + page.param("plan") + "/edit"));
    }

    public List<DocumentLine> getDocuments() {
        if (list == null) {
            list = documents.listDocuments(page.tenant(), plans.findPlan(page.tenant(), page.param("plan")).getId());
        }
        return list;
    }

    public long getMaxMegabytes() {
        return PlanDocumentService.MAX_BYTES / (1024 * 1024);
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
