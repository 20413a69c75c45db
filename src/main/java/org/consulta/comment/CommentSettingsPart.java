package org.consulta.comment;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.kernel.StoredSettingsPart;

/** The comment length on the settings page. */
@ApplicationScoped
public class CommentSettingsPart extends StoredSettingsPart<CommentSettings> {

    public CommentSettingsPart() {
        super(CommentSettings.class);
    }

    @Override
    public String name() {
        return "comment";
    }

    @Override
    public int position() {
        return 30;
    }

    @Override
    public String fragment() {
        return "/WEB-INF/settings/comment.xhtml";
    }

    @Override
    protected CommentSettings defaults(long repositoryId) {
        return new CommentSettings(repositoryId);
    }

    @Override
    protected long repositoryOf(CommentSettings form) {
        return form.getRepositoryId();
    }
}
