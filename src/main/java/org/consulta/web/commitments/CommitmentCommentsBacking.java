package org.consulta.web.commitments;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.comment.Alignment;
import org.consulta.comment.CommentReader;
import org.consulta.comment.NewComment;
import org.consulta.consultation.Consultation;
import org.consulta.consultation.ConsultationService;
import org.consulta.web.frame.Params;
import org.consulta.web.frame.Resubmission;
import org.consulta.web.frame.RowPost;

import java.time.Duration;
import java.time.Instant;

/**
 * The discussion part of {@code /views/commitments/show.xhtml}: the open consultation, a page of
 * threads ({@code order}, {@code cpage}, {@code section}), and the form to comment.
 */
@Named
@RequestScoped
public class CommitmentCommentsBacking extends DiscussionBacking {

    @Inject
    private CommitmentModerationBacking moderation;

    @Inject
    private ConsultationService consultations;
    @Inject
    private ShowCommitmentBacking show;

    private Consultation open;
    private final NewComment draft = new NewComment();

    @PostConstruct
    void load() {
        // the commitment the page already read: no second lookup by slug and reference
        open = consultations.openFor(page.tenant(), show.getShown().getCommitment(), Instant.now()).orElse(null);
        threads = reader.threads(page.tenant(), user.id(), page.param("plan"), page.param("ref"), order(), pageNumber(),
                getSection());
        draft.setLanguage(page.getLanguage());
        draft.setAlignment(Alignment.NEUTRAL);
    }

    public void post() {
        draft.setSubmission(RowPost.submitted());
        boolean held = Resubmission.once(draft.getSubmission(), () -> comments.postComment(page.tenant(), user.id(),
                page.param("plan"), page.param("ref"), draft)).isHeld();
        done(held ? "commitments_comments.held" : "commitments_comments.posted");
    }

    @Override
    public boolean isAcceptingContributions() { return open != null; }
    @Override
    public DiscussionModeration getModeration() { return moderation; }
    @Override
    public String getRowName() { return "commitmentCommentsBacking"; }
    @Override
    protected long discussedCommitment() { return show.getShown().getCommitment().getId(); }
    @Override
    protected Long discussedUpdate() { return null; }
    public Consultation getOpen() { return open; }
    /** Whole days left, for "closes in 12 days"; 0 on the last day. */
    public long getDaysLeft() { return open == null ? 0 : Duration.between(Instant.now(), open.getClosesAt()).toDays(); }
    public NewComment getDraft() { return draft; }
    /** The section the discussion is narrowed to (its key, {@code whole} for the commitment as a whole); null for all. */
    public String getSection() {
        String section = Params.get("section");
        return section == null || !section.matches("[A-Za-z0-9_-]{1,40}") ? null : section;
    }
    public Alignment[] getAlignments() { return Alignment.values(); }
}
