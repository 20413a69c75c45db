package org.consulta.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.consulta.repository.LogoImage;
import org.consulta.repository.RepositoryAdminService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

import java.io.IOException;
import java.io.InputStream;

/** The logo form of {@code /views/admin/settings.xhtml}. */
@Named
@RequestScoped
public class AdminLogoBacking {

    @Inject
    private RepositoryAdminService admin;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private Part file;

    public void upload() throws IOException {
        admin.replaceLogo(page.tenant(), user.id(), read(file));
        Faces.done("admin_settings.logo_saved", urls.pathIn(page.getLanguage()));
    }

    /** Reads at most one byte past the limit: the service refuses oversized files, and we never hold more. */
    private static byte[] read(Part part) throws IOException {
        if (part == null) {
            return new byte[0];
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(LogoImage.MAX_BYTES + 1);
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
