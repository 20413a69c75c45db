package org.consulta.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.consulta.kernel.SettingsRow;

/** How long a repository lets comments be. Loaded detached, it is also the settings form. */
@Entity
@Table(name = "comment_settings")
public class CommentSettings extends SettingsRow {

    private static final long serialVersionUID = 1L;

    /** The longest comment this repository accepts, in characters. */
    @Min(200) @Max(10000)
    @Column(name = "max_length", nullable = false)
    private int commentMaxLength = 2000;

    protected CommentSettings() {
    }

    CommentSettings(long repositoryId) {
        super(repositoryId);
    }

    public int getCommentMaxLength() {
        return commentMaxLength;
    }

    public void setCommentMaxLength(int commentMaxLength) {
        this.commentMaxLength = commentMaxLength;
    }

    /** A readable snapshot for the audit log. */
    @Override
    public String toString() {
        return "comment length=" + commentMaxLength;
    }
}
