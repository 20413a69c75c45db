package org.consulta.comment;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentReader;
import org.consulta.consultation.Consultation;
import org.consulta.consultation.ConsultationService;
import org.consulta.consultation.FollowService;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Clock;

/**
 * What participants do in an open consultation or on an adopted commitment's progress updates:
 * comment, reply, vote, edit (15 minutes), withdraw.
 * Every rule is checked here, on the server: confirmed account, open window, a section and quote
 * that exist in the version commented, lengths the repository sets, one vote per person.
 */
@Stateless
@TenantScoped
public class CommentService {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private ConsultationService consultations;
    @Inject
    private CommitmentReader commitments;
    @Inject
    private VoteRecorder votes;
    @Inject
    private ContributionRules rules;
    @Inject
    private FollowService follows;
    @Inject
    private ContributionMails mails;

    @Inject
    private jakarta.enterprise.event.Event<DiscussionChanged> discussionChanged;

    private final Clock clock = Clock.systemUTC();

    public Comment postComment(Tenant tenant, Long authorId, String planSlug, String reference, NewComment draft) {
        rules.participant(authorId);
        Comment posted = rules.submitted(authorId, draft.getSubmission());
        if (posted != null) {
            return posted;
        }
        Commitment commitment = commitments.find(tenant, planSlug, reference);
        Consultation consultation = consultations.openFor(tenant, commitment, clock.instant())
                .orElseThrow(() -> new RefusedException("comment.refused.closed"));
        if (!commitment.isPublished()) {
            throw new RefusedException("comment.refused.closed");
        }
        if (draft.getAlignment() == null) {
            throw new RefusedException("comment.refused.alignment", "alignment");
        }
        String sectionKey = Quoting.blankToNull(draft.getSectionKey());
        String quote = Quoting.checked(commitment, sectionKey, draft.getQuote());
        Comment comment = new Comment(consultation.getId(), commitment.getId(), commitment.getVersionCount(),
                sectionKey, quote, rules.body(tenant, draft.getBody()), draft.getAlignment(),
                rules.language(tenant, draft.getLanguage()), authorId, null);
        persist(tenant, comment, draft.getSubmission());
        discussionChanged.fire(new DiscussionChanged(commitment.getId()));
        follows.followAsContributor(tenant, authorId, commitment.getId());
        announceHeld(tenant, comment);
        return comment;
    }

    /**
     * Civil society's word on a progress update of an adopted commitment: open as long as the commitment
     * is adopted, with the same checks, pre-moderation, flags and responses as a consultation's.
     */
    public Comment commentOnProgress(Tenant tenant, Long authorId, long progressUpdateId, String body, String language,
                                     String submission) {
        rules.participant(authorId);
        Comment posted = rules.submitted(authorId, submission);
        if (posted != null) {
            return posted;
        }
        TrackedCommitment commitment = rules.progressUpdate(progressUpdateId);
        Comment comment = Comment.onProgress(progressUpdateId, commitment.commitmentId(), commitment.version(),
                rules.body(tenant, body), rules.language(tenant, language), authorId);
        persist(tenant, comment, submission);
        follows.followAsContributor(tenant, authorId, comment.getCommitmentId());
        if (comment.isHeld()) {
            announceHeld(tenant, comment);
        } else { // a held one is announced when a moderator approves it
            em.flush(); // its id, for the mail's link
            mails.commentedOnUpdate(tenant, comment);
        }
        return comment;
    }

    /**
     * Replies nest three levels deep at most; they inherit what and which version the thread is about.
     * Only a public contribution takes replies: one hidden or withdrawn since the page was read is refused.
     */
    public Comment reply(Tenant tenant, Long authorId, long parentId, String body, String language, String submission) {
        rules.participant(authorId);
        Comment posted = rules.submitted(authorId, submission);
        if (posted != null) {
            return posted;
        }
        Comment parent = rules.comment(parentId);
        rules.requireOpenToOthers(parent);
        rules.requireOpen(parent, clock.instant());
        if (parent.getDepth() >= Comment.MAX_DEPTH) {
            throw new RefusedException("comment.refused.too_deep");
        }
        Comment reply = new Comment(parent.getConsultationId(), parent.getCommitmentId(), parent.getVersionNumber(),
                parent.getSectionKey(), null, rules.body(tenant, body), null, rules.language(tenant, language), authorId, parent);
        persist(tenant, reply, submission);
        if (reply.isOnProposal()) { // a proposal counts every comment of its discussion, replies too
            discussionChanged.fire(DiscussionChanged.of(reply));
        } else {
            follows.followAsContributor(tenant, authorId, parent.getCommitmentId());
            if (!reply.isHeld()) { // a held reply is announced when a moderator approves it
                mails.replied(tenant, parent, reply);
            }
        }
        announceHeld(tenant, reply);
        return reply;
    }

    /**
     * Up (+1) or down (-1); voting again changes the vote; never one's own comment. The vote and the
     * comment's counters change in one transaction; an identical request that inserted first (the
     * unique key) leaves this one a change of vote, replayed in a transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void castVote(Tenant tenant, Long voterId, long commentId, int value) {
        try {
            votes.record(tenant, commentId, voterId, value);
        } catch (EJBException raced) {
            votes.record(tenant, commentId, voterId, value);
        }
    }

    public void editComment(Tenant tenant, Long authorId, long commentId, String body) {
        rules.participant(authorId);
        Comment comment = rules.ownStanding(authorId, commentId);
        if (!comment.isEditableAt(clock.instant())) {
            throw new RefusedException("comment.refused.edit_window");
        }
        comment.edit(rules.body(tenant, body), clock.instant());
    }

    /** The comment stays in its thread, shown as withdrawn, its text no longer displayed. */
    public void withdrawComment(Tenant tenant, Long authorId, long commentId) {
        Comment comment = rules.ownStanding(authorId, commentId);
        comment.withdraw();
        discussionChanged.fire(DiscussionChanged.of(comment));
    }

    /**
     * Announces a contribution a moderator just approved as it would have been at once had it not been
     * held: a reply to the author it answers, a comment on a progress update to the update's reporter.
     * Joins the moderator's transaction.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void announceApproved(Tenant tenant, long commentId) {
        Comment comment = rules.comment(commentId);
        if (comment.getParentId() != null) {
            mails.replied(tenant, rules.comment(comment.getParentId()), comment);
        } else if (comment.isOnProgress()) {
            mails.commentedOnUpdate(tenant, comment);
        }
    }

    /**
     * Writes a new contribution with its form's token: a copy of the same submission racing this one
     * fails on the unique key and, replayed, finds this one ({@link ContributionRules#submitted}).
     */
    private void persist(Tenant tenant, Comment comment, String submission) {
        if (rules.held(tenant, comment.getAuthorId())) {
            comment.hold();
        }
        comment.submittedWith(submission);
        em.persist(comment);
        if (submission != null) {
            em.flush(); // the unique key decides now, before any mail is queued
        }
    }

    private void announceHeld(Tenant tenant, Comment comment) {
        if (comment.isHeld()) {
            em.flush(); // its id, for the mail's link
            mails.held(tenant, comment);
        }
    }
}
