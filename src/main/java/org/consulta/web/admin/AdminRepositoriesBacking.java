package org.consulta.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.audit.AuditLine;
import org.consulta.repository.PlatformAdminService;
import org.consulta.repository.Repository;
import org.consulta.repository.RepositoryKind;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.LazyRows;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

import java.util.List;

/** {@code /views/admin/repositories.xhtml}: the platform administrators' list of repositories. */
@Named
@RequestScoped
public class AdminRepositoriesBacking implements org.consulta.web.frame.RowActions {

    @Inject
    private PlatformAdminService platform;
    @Inject
    private CurrentUser user;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;

    private LazyRows<Repository> rows;
    private List<AuditLine> audit;
    private int auditPage;
    private String slug;
    private String name;
    private RepositoryKind kind = RepositoryKind.NATIONAL;
    private String language;

    /** The repositories, a slice at a time as the table asks (the service checks the role on each). */
    public LazyRows<Repository> getRows() {
        if (rows == null) {
            rows = new LazyRows<>(slice -> platform.readRepositories(user.id(), slice),
                    slice -> platform.countRepositories(user.id(), slice), Repository::getId);
        }
        return rows;
    }

    public List<AuditLine> getAudit() {
        if (audit == null) {
            audit = platform.platformAudit(user.id(), auditPage);
        }
        return audit;
    }

    public void open() {
        platform.openRepository(user.id(), slug, kind, language == null ? page.getLanguage() : language, name);
        Faces.done("admin_repositories.opened", urls.pathIn(page.getLanguage()));
    }

    /**
     * Enables or disables the repository of the row (named by its address, {@code slug}): the button says
     * which, so a page read before someone else's change does not undo it.
     */
    @Override
    public void perform(org.consulta.web.frame.RowPost post) {
        boolean enable = switch (String.valueOf(post.action())) {
            case "enable" -> true;
            case "disable" -> false;
            default -> throw post.unknown();
        };
        platform.setActive(user.id(), post.value("slug"), enable);
        Faces.done(enable ? "admin_repositories.enabled" : "admin_repositories.disabled", urls.pathIn(page.getLanguage()));
    }

    public boolean isAuditHasNext() {
        return getAudit().size() == org.consulta.audit.AuditReader.PAGE_SIZE;
    }

    public int getAuditPage() {
        return auditPage;
    }

    public void setAuditPage(int auditPage) {
        this.auditPage = Math.max(0, auditPage);
    }

    public RepositoryKind[] getKinds() {
        return RepositoryKind.values();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RepositoryKind getKind() {
        return kind;
    }

    public void setKind(RepositoryKind kind) {
        this.kind = kind;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
