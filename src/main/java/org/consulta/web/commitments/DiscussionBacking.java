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
import org.consulta.web.frame.I18nView;
import org.consulta.web.frame.PageUrls;
import org.consulta.web.frame.Params;
import org.consulta.web.frame.Resubmission;
import org.consulta.web.frame.RowActions;
import org.consulta.web.frame.RowPost;

import java.time.Instant;

/**
 * What every discussion page does with its threads (the {@code talk} of the {@code cs:comment} tag):
 * reply, respond, vote, edit, withdraw, each coming back to the discussion. Each comment's forms are
 * forms of their own row ({@code cs:rowform}) naming the comment by id, checked to be in this page's
 * discussion. A commitment's consultation discussion and a progress update's differ only in what they
 * read and how one contributes.
 */
public abstract class DiscussionBacking implements RowActions {

    @Inject
    protected CommentService comments;
    @Inject
    protected CommentReader reader;
    @Inject
    private ResponseService responses;
    @Inject
    protected CurrentPage page;
    @Inject
    protected PageUrls urls;
    @Inject
    protected CurrentUser user;
    @Inject
    protected I18nView i18n;

    protected CommentThreads threads;

    /** Whether signed-in participants may write here now (reply, vote, edit). */
    public abstract boolean isAcceptingContributions();

    /** The bean's name, which its rows' forms give back ({@link RowPost}). */
    public abstract String getRowName();

    /** The commitment whose discussion this is. */
    protected abstract long discussedCommitment();

    /** The progress update discussed; null for the commitment's consultations. */
    protected abstract Long discussedUpdate();

    /** The rows' moderation (flags, hiding, appeals) and the reader's block, for this discussion. */
    public abstract DiscussionModeration getModeration();

    /** Whether responders answer its contributions one by one (a proposal is answered as a whole instead). */
    public boolean isAnswerable() {
        return true;
    }

    /** Refuses a contribution that is not in this discussion (a row posted from another page). */
    protected void requireInDiscussion(long commentId) {
        reader.requireIn(page.tenant(), commentId, discussedCommitment(), discussedUpdate());
    }

    /** The discussion's address, where a row's action ends. */
    protected String discussionUrl() {
        return urls.commitmentDiscussion();
    }

    @Override
    public void perform(RowPost post) {
        long id = post.item();
        requireInDiscussion(id);
        switch (post.action()) {
            case "reply" -> {
                String once = post.once();
                boolean held = Resubmission.once(once, () -> comments.reply(page.tenant(), user.id(), id, post.value("body"),
                        page.getLanguage(), once)).isHeld();
                done(held ? "commitments_comments.held" : "commitments_comments.replied");
            }
            case "vote.up", "vote.down" -> {
                comments.castVote(page.tenant(), user.id(), id, post.action().equals("vote.up") ? 1 : -1);
                done("commitments_comments.voted");
            }
            case "edit" -> {
                comments.editComment(page.tenant(), user.id(), id, post.value("body"));
                done("commitments_comments.edited");
            }
            case "withdraw" -> {
                comments.withdrawComment(page.tenant(), user.id(), id);
                done("commitments_comments.withdrawn");
            }
            case "respond" -> {
                if (!isAnswerable()) {
                    throw post.unknown();
                }
                responses.respond(page.tenant(), user.id(), id, responseForm(post));
                done("commitments_comments.responded");
            }
            default -> throw post.unknown();
        }
    }

    /** The response as typed: reasoning in each of the page's languages, the page's own as the original. */
    private ResponseForm responseForm(RowPost post) {
        ResponseForm form = new ResponseForm();
        form.setOriginalLanguage(page.getLanguage());
        for (ResponseStatus status : ResponseStatus.values()) {
            if (status.name().equals(post.value("status"))) {
                form.setStatus(status);
            }
        }
        form.setInstitution(post.value("institution"));
        for (String language : page.getLanguages()) {
            String reasoning = post.value("reasoning." + language);
            if (reasoning != null && !reasoning.isBlank()) {
                form.getReasoning().put(language, reasoning);
            }
        }
        return form;
    }

    protected void done(String key) {
        Faces.done(key, discussionUrl());
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

    public ResponseStatus[] getStatuses() { return ResponseStatus.values(); }
    public CommentThreads getThreads() { return threads; }
    /** Whether its author may still edit it (15 minutes). */
    public boolean editable(org.consulta.comment.Comment comment) { return comment.isEditableAt(Instant.now()); }
    public CommentReader.Order[] getOrders() { return CommentReader.Order.values(); }
    public String getOrder() { return Params.get("order"); }
}
