package org.consulta.comment;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.kernel.StoredSettingsPart;

/** The comment length on the settings page. */
@ApplicationScoped
public class CommentSettingsPart extends StoredSettingsPart<CommentSettings> {

    public CommentSettingsPart() {
        super(CommentSettings.class, "comment", 30, CommentSettings::new);
    }
}
