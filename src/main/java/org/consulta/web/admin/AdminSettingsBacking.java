package org.consulta.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.i18n.Languages;
import org.consulta.kernel.SettingsPart;
import org.consulta.kernel.SettingsParts;
import org.consulta.repository.RepositoryAdminService;
import org.consulta.repository.RepositoryKind;
import org.consulta.repository.RepositorySettings;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.I18nView;
import org.consulta.web.frame.PageUrls;

import java.util.List;

/** {@code /views/admin/settings.xhtml}: the repository's names, languages and policies. */
@Named
@RequestScoped
public class AdminSettingsBacking {

    @Inject
    private RepositoryAdminService admin;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;
    @Inject
    private I18nView i18n;
    @Inject
    private SettingsParts parts;

    private RepositorySettings settings;

    /** Loaded on every request (a post applies its values on top); a refusal becomes the 403 page (the page is buffered, see web.xml). */
    @PostConstruct
    void load() {
        settings = admin.loadSettings(page.tenant(), user.id());
    }

    public void save() {
        admin.updateSettings(page.tenant(), user.id(), settings);
        Faces.done("admin_settings.saved", urls.pathIn(page.getLanguage()));
    }

    public RepositorySettings getSettings() {
        return settings;
    }

    public List<String> getLanguages() {
        return Languages.SUPPORTED;
    }

    public RepositoryKind[] getKinds() {
        return RepositoryKind.values();
    }

    /** Each feature's part of the page, in order; each fragment edits {@code settings.parts[part.name()]}. */
    public List<SettingsPart> getParts() {
        return parts.all();
    }

    /** The zones grouped by region, each named by its place and offset. */
    public List<jakarta.faces.model.SelectItem> getZoneGroups() {
        return ZoneChoices.grouped(i18n);
    }
}
