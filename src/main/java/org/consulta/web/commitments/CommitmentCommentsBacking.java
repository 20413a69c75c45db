package org.consulta.web.commitments;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.comment.Alignment;
import org.consulta.comment.CommentReader;
import org.consulta.comment.CommentService;
import org.consulta.comment.CommentThreads;
import org.consulta.comment.NewComment;
import org.consulta.comment.PlainText;
import org.consulta.comment.ResponseForm;
import org.consulta.comment.ResponseService;
import org.consulta.comment.ResponseStatus;
import org.consulta.consultation.Consultation;
import org.consulta.consultation.ConsultationService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.FormsByKey;
import org.consulta.web.frame.I18nView;
import org.consulta.web.frame.Params;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The discussion part of {@code /views/commitments/show.xhtml}: the open consultation, a page of
 * threads ({@code order}, {@code cpage}), and the forms to comment, reply, vote and withdraw.
 */
@Named
@RequestScoped
public class CommitmentCommentsBacking {

    @Inject
    private CommentReader reader;
    @Inject
    private CommentService comments;
    @Inject
    private ConsultationService consultations;
    @Inject
    private ResponseService responses;
    @Inject
    private ShowCommitmentBacking show;
    @Inject
    private CurrentPage page;
    @Inject
    private CurrentUser user;
    @Inject
    private I18nView i18n;

    private Consultation open;
    private CommentThreads threads;
    private final NewComment draft = new NewComment();
    private final Map<Long, String> replies = new HashMap<>();
    /** Edited texts by comment; a page first shows the comment's own text. */
    private final Map<Long, String> edits = FormsByKey.filledBy(id -> threads.bodyOf(id));
    private Boolean responder;
    /** One response form per contribution, made when a page first asks for it. */
    private final Map<Long, ResponseForm> responseForms = new FormsByKey<>(() -> {
        ResponseForm form = new ResponseForm();
        form.setOriginalLanguage(page.getLanguage());
        return form;
    });

    @PostConstruct
    void load() {
        // the commitment the page already read: no second lookup by slug and reference
        open = consultations.openFor(page.tenant(), show.getShown().getCommitment(), Instant.now()).orElse(null);
        CommentReader.Order order = Params.choice(CommentReader.Order.class, "order");
        Integer number = Params.integer("cpage");
        threads = reader.threads(page.tenant(), user.id(), page.param("plan"), page.param("ref"),
                order == null ? CommentReader.Order.SUPPORT : order, number == null ? 0 : number, getSection());
        draft.setLanguage(page.getLanguage());
        draft.setAlignment(Alignment.NEUTRAL);
    }

    public void post() {
        boolean held = comments.postComment(page.tenant(), user.id(), page.param("plan"), page.param("ref"), draft).isHeld();
        done(held ? "commitments_comments.held" : "commitments_comments.posted");
    }

    public void reply(long parentId) {
        boolean held = comments.reply(page.tenant(), user.id(), parentId, replies.get(parentId), page.getLanguage()).isHeld();
        done(held ? "commitments_comments.held" : "commitments_comments.replied");
    }

    public void respond(long commentId) {
        responses.respond(page.tenant(), user.id(), commentId, responseForms.get(commentId));
        done("commitments_comments.responded");
    }

    public void vote(long commentId, int value) {
        comments.castVote(page.tenant(), user.id(), commentId, value);
        done("commitments_comments.voted");
    }

    public void edit(long commentId) {
        comments.editComment(page.tenant(), user.id(), commentId, edits.get(commentId));
        done("commitments_comments.edited");
    }

    public void withdraw(long commentId) {
        comments.withdrawComment(page.tenant(), user.id(), commentId);
        done("commitments_comments.withdrawn");
    }

    private void done(String key) {
        Faces.done(i18n, key, page.commitmentDiscussion());
    }

    /** The comment as HTML: escaped, with its links clickable. */
    public String html(String body) {
        return PlainText.html(body);
    }

    public Consultation getOpen() { return open; }
    public boolean isResponder() {
        if (responder == null) {
            responder = user.isSignedIn() && responses.canRespond(page.tenant(), user.id());
        }
        return responder;
    }
    public Map<Long, ResponseForm> getResponseForms() { return responseForms; }
    public ResponseStatus[] getStatuses() { return ResponseStatus.values(); }
    /** Whole days left, for "closes in 12 days"; 0 on the last day. */
    public long getDaysLeft() { return open == null ? 0 : Duration.between(Instant.now(), open.getClosesAt()).toDays(); }
    public CommentThreads getThreads() { return threads; }
    public NewComment getDraft() { return draft; }
    public Map<Long, String> getReplies() { return replies; }
    public Map<Long, String> getEdits() { return edits; }
    /** Whether its author may still edit it (15 minutes). */
    public boolean editable(org.consulta.comment.Comment comment) { return comment.isEditableAt(Instant.now()); }
    /** The section the discussion is narrowed to (its key, {@code whole} for the commitment as a whole); null for all. */
    public String getSection() {
        String section = Params.get("section");
        return section == null || !section.matches("[A-Za-z0-9_-]{1,40}") ? null : section;
    }
    public Alignment[] getAlignments() { return Alignment.values(); }
    public CommentReader.Order[] getOrders() { return CommentReader.Order.values(); }
    public String getOrder() { return Params.get("order"); }
}
