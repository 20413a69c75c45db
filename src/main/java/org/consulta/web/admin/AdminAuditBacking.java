package org.consulta.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.audit.AuditLine;
import org.consulta.audit.AuditReader;
import org.consulta.repository.RepositoryAdminService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.LazyRows;

import java.util.List;

/** {@code /views/admin/audit.xhtml}: the repository's audit log as a lazy table (opened at ?page=N&amp;action=…). */
@Named
@RequestScoped
public class AdminAuditBacking {

    @Inject
    private RepositoryAdminService admin;
    @Inject
    private CurrentPage page;
    @Inject
    private CurrentUser user;

    private int pageNumber;
    private String action;
    private LazyRows<AuditLine> rows;

    /** The log, a slice at a time as the table asks (the service checks the role on each). */
    public LazyRows<AuditLine> getRows() {
        if (rows == null) {
            rows = new LazyRows<>(slice -> admin.readAuditLog(page.tenant(), user.id(), slice),
                    slice -> admin.countAuditLog(page.tenant(), user.id(), slice), line -> line.getEntry().getId());
        }
        return rows;
    }

    /** The first row shown on opening, so {@code ?page=N} links still lead somewhere. */
    public int getFirst() {
        return pageNumber * AuditReader.PAGE_SIZE;
    }

    /** The actions a repository's log can hold, for the filter. */
    public List<String> getActions() {
        return List.of("repository.settings_changed", "role.granted", "role.revoked", "role.appointed",
                "member.invited", "member.invitation_accepted", "member.invitation_cancelled", "repository.logo_changed",
                "moderation.approve", "moderation.hide", "moderation.auto_hide", "moderation.restore", "moderation.dismiss",
                "moderation.block", "moderation.unblock", "moderation.appeal", "moderation.appeal_upheld",
                "moderation.appeal_reversed");
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public void setPageNumber(int pageNumber) {
        this.pageNumber = Math.max(0, pageNumber);
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
