package org.consulta.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.ProfileService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@code /views/account/settings.xhtml}: my public profile shown or not; download my data, delete my account (each asks the password again). */
@Named
@RequestScoped
public class SettingsAccountBacking {

    @Inject
    private ProfileService profiles;
    @Inject
    private CurrentUser user;
    @Inject
    private CurrentPage page;

    private String exportPassword;
    private String deletePassword;
    private Boolean profileHidden;

    /** The person's choice about their public profile: as saved, until they change it on this form. */
    public boolean isProfileHidden() {
        if (profileHidden == null) {
            profileHidden = user.isSignedIn() && profiles.isProfileHidden(user.id());
        }
        return profileHidden;
    }

    public void setProfileHidden(boolean profileHidden) {
        this.profileHidden = profileHidden;
    }

    public void saveProfile() {
        profiles.chooseProfileVisibility(user.id(), isProfileHidden());
        Faces.done(isProfileHidden() ? "account_settings.profile_now_hidden" : "account_settings.profile_now_shown",
                "/" + page.getLanguage() + "/account/settings");
    }

    public void download() throws IOException {
        byte[] json = profiles.exportData(user.id(), exportPassword).getBytes(StandardCharsets.UTF_8);
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/json;charset=UTF-8");
        external.setResponseContentLength(json.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"consulta-my-data.json\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(json);
        }
        context.responseComplete();
    }

    public void delete() {
        String language = page.getLanguage();
        profiles.deleteAccount(user.id(), deletePassword);
        Faces.request().getSession().invalidate();
        Faces.done("account_settings.deleted", "/" + language + "/");
    }

    public String getExportPassword() {
        return exportPassword;
    }

    public void setExportPassword(String exportPassword) {
        this.exportPassword = exportPassword;
    }

    public String getDeletePassword() {
        return deletePassword;
    }

    public void setDeletePassword(String deletePassword) {
        this.deletePassword = deletePassword;
    }
}
