package org.consulta.web.commitments;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.web.frame.Resubmission;
import org.consulta.web.frame.RowPost;
import org.consulta.comment.CommentReader;
import org.consulta.tracking.ProgressReader;
import org.consulta.tracking.ShownUpdate;

/**
 * {@code /views/commitments/update.xhtml}: one progress update of an adopted commitment and civil
 * society's discussion of it ({@code order}, {@code cpage}), with the form to comment.
 */
@Named
@RequestScoped
public class ShowUpdateBacking extends DiscussionBacking {

    @Inject
    private CommitmentModerationBacking moderation;

    @Inject
    private ProgressReader progress;

    private ShownUpdate shown;
    private String body;
    private String language;

    @PostConstruct
    void load() {
        long id = Long.parseLong(page.param("update"));
        shown = progress.update(page.tenant(), page.param("plan"), page.param("ref"), id);
        threads = reader.progressThreads(page.tenant(), user.id(), id, order(), pageNumber());
        language = page.getLanguage();
    }

    public void post() {
        String once = RowPost.submitted();
        boolean held = Resubmission.once(once, () -> comments.commentOnProgress(page.tenant(), user.id(),
                shown.update().getId(), body, language, once)).isHeld();
        done(held ? "commitments_comments.held" : "commitments_comments.posted");
    }

    @Override
    public boolean isAcceptingContributions() { return shown.open(); }
    @Override
    public DiscussionModeration getModeration() { return moderation; }
    @Override
    public String getRowName() { return "showUpdateBacking"; }
    @Override
    protected long discussedCommitment() { return shown.update().getCommitmentId(); }
    @Override
    protected Long discussedUpdate() { return shown.update().getId(); }
    public ShownUpdate getShown() { return shown; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
