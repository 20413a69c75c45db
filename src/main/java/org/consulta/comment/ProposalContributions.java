package org.consulta.comment;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Clock;

/**
 * Contributions about proposals: the comments of a proposal's discussion, and the proposal's own text kept as
 * a contribution (its statement), in the proposal's transaction, so that the proposal is moderated exactly like a
 * comment: held under pre-moderation, flagged, hidden, appealed, hidden with its author's block. The proposals
 * feature follows both through {@link DiscussionChanged} (its count of comments, its visibility).
 */
@Stateless
@TenantScoped
public class ProposalContributions {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private ContributionRules rules;
    @Inject
    private ContributionMails mails;
    @Inject
    private Event<DiscussionChanged> discussionChanged;
    @Inject
    private ProposalDiscussions proposals;

    private final Clock clock = Clock.systemUTC();

    /**
     * The statement of a new proposal; held when the repository's policy holds its author's contributions
     * ({@code mayHold} false for what an appointed facilitator records from a workshop).
     */
    public Comment stateProposal(Tenant tenant, Long authorId, long proposalId, String text, String language, boolean mayHold) {
        Comment statement = Comment.statementOf(proposalId, text, rules.language(tenant, language), authorId);
        if (mayHold && rules.held(tenant, authorId)) {
            statement.hold();
        }
        em.persist(statement);
        em.flush(); // its id, for the held mail's link, and the proposal follows its visibility now
        if (statement.isHeld()) {
            mails.held(tenant, statement);
        }
        discussionChanged.fire(DiscussionChanged.of(statement));
        return statement;
    }

    /**
     * A contribution to a proposal's discussion, while its call is open: the same checks, pre-moderation,
     * flags and hiding as a consultation's. No commitment exists yet, so there is no section to anchor to.
     */
    public Comment commentOnProposal(Tenant tenant, Long authorId, long proposalId, String body, String language,
                                     String submission) {
        rules.participant(authorId);
        Comment posted = rules.submitted(authorId, submission);
        if (posted != null) {
            return posted;
        }
        proposals.requireOpen(tenant, proposalId);
        Comment comment = Comment.onProposal(proposalId, rules.body(tenant, body), rules.language(tenant, language), authorId);
        if (rules.held(tenant, authorId)) {
            comment.hold();
        }
        comment.submittedWith(submission);
        em.persist(comment);
        em.flush(); // the unique key decides now, and the id is there for the held mail's link
        discussionChanged.fire(DiscussionChanged.of(comment));
        if (comment.isHeld()) {
            mails.held(tenant, comment);
        }
        return comment;
    }

    /** The proposal was rewritten or completed: its statement says what it says now. */
    public void restateProposal(Tenant tenant, long proposalId, String text) {
        em.createQuery("SELECT c FROM Comment c WHERE c.statementOf = :p", Comment.class).setParameter("p", proposalId)
                .getResultStream().findFirst().ifPresent(statement -> statement.edit(text, clock.instant()));
    }
}
