package org.consulta.web.commitments;

import jakarta.inject.Inject;
import org.consulta.comment.CommentReader;
import org.consulta.comment.CommentService;
import org.consulta.comment.CommentThreads;
import org.consulta.comment.PlainText;
import org.consulta.comment.ResponseForm;
import org.consulta.comment.ResponseService;
import org.consulta.comment.ResponseStatus;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.FormsByKey;
import org.consulta.web.frame.I18nView;
import org.consulta.web.frame.Params;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What every discussion page does with its threads (the {@code talk} of the {@code cs:comment} tag):
 * reply, respond, vote, edit, withdraw, each coming back to the discussion. A commitment's consultation
 * discussion and a progress update's discussion differ only in what they read and how one contributes.
 */
public abstract class DiscussionBacking {

    @Inject
    protected CommentService comments;
    @Inject
    private ResponseService responses;
    @Inject
    protected CurrentPage page;
    @Inject
    protected CurrentUser user;
    @Inject
    protected I18nView i18n;

    protected CommentThreads threads;
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

    /** Whether signed-in participants may write here now (reply, vote, edit). */
    public abstract boolean isAcceptingContributions();

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

    protected void done(String key) {
        Faces.done(i18n, key, page.commitmentDiscussion());
    }

    /** The order asked for in the address ({@code order}); by support when none. */
    protected static CommentReader.Order order() {
        CommentReader.Order order = Params.choice(CommentReader.Order.class, "order");
        return order == null ? CommentReader.Order.SUPPORT : order;
    }

    /** The page of threads asked for in the address ({@code cpage}). */
    protected static int pageNumber() {
        Integer number = Params.integer("cpage");
        return number == null ? 0 : number;
    }

    /** The comment as HTML: escaped, with its links clickable. */
    public String html(String body) {
        return PlainText.html(body);
    }

    public boolean isResponder() {
        if (responder == null) {
            responder = user.isSignedIn() && responses.canRespond(page.tenant(), user.id());
        }
        return responder;
    }

    public Map<Long, ResponseForm> getResponseForms() { return responseForms; }
    public ResponseStatus[] getStatuses() { return ResponseStatus.values(); }
    public CommentThreads getThreads() { return threads; }
    public Map<Long, String> getReplies() { return replies; }
    public Map<Long, String> getEdits() { return edits; }
    /** Whether its author may still edit it (15 minutes). */
    public boolean editable(org.consulta.comment.Comment comment) { return comment.isEditableAt(Instant.now()); }
    public CommentReader.Order[] getOrders() { return CommentReader.Order.values(); }
    public String getOrder() { return Params.get("order"); }
}
