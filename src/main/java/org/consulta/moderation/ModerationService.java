package org.consulta.moderation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.consulta.account.Permissions;
import org.consulta.comment.Comment;
import org.consulta.comment.CommentService;
import org.consulta.comment.Visibility;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Clock;
import java.time.Instant;

/**
 * A moderator's decisions on contributions, one or many in one transaction: either every item
 * changes or none does (a refused item refuses the batch, with its reason). Never on one's own
 * contribution; every step closes the item's open flags and is logged.
 */
@Stateless
@TenantScoped
public class ModerationService {

    static final int NOTE_MAX = 1000;

    @Inject
    private jakarta.enterprise.event.Event<org.consulta.comment.DiscussionChanged> discussionChanged;
    @Inject
    private ModerationRules rules;
    @Inject
    private Permissions permissions;
    @Inject
    private ModerationLog log;
    @Inject
    private ModerationMails mails;
    @Inject
    private CommentService comments;

    private final Clock clock = Clock.systemUTC();

    public int moderate(Tenant tenant, Long moderatorId, Decision decision) {
        permissions.require(tenant, moderatorId, ModerationPermissions.MODERATE);
        if (decision.step() == null || decision.commentIds() == null || decision.commentIds().isEmpty()) {
            throw new RefusedException("moderation.refused.nothing_chosen");
        }
        if (decision.step() == Decision.Step.HIDE && decision.reason() == null) {
            throw new RefusedException("moderation.refused.reason", "reason");
        }
        String note = ModerationRules.text(decision.note(), NOTE_MAX, "note");
        Instant now = clock.instant();
        java.util.Set<org.consulta.comment.DiscussionChanged> discussions = new java.util.LinkedHashSet<>();
        for (Long id : decision.commentIds().stream().distinct().sorted().toList()) { // sorted: locks in one order
            Comment comment = rules.othersComment(id, moderatorId);
            apply(tenant, moderatorId, decision, note, comment, now);
            discussions.add(org.consulta.comment.DiscussionChanged.of(comment));
        }
        discussions.stream().sorted(org.consulta.comment.DiscussionChanged.LOCK_ORDER).forEach(discussionChanged::fire);
        return (int) decision.commentIds().stream().distinct().count();
    }

    private void apply(Tenant tenant, Long moderatorId, Decision decision, String note, Comment comment, Instant now) {
        Visibility was = comment.getVisibility();
        ModerationAction.Kind kind = switch (decision.step()) {
            case APPROVE -> require(was == Visibility.HELD, ModerationAction.Kind.APPROVE);
            case HIDE -> require(was != Visibility.HIDDEN, ModerationAction.Kind.HIDE);
            case RESTORE -> require(was == Visibility.HIDDEN, ModerationAction.Kind.RESTORE);
            case DISMISS -> require(was == Visibility.PUBLISHED && comment.getOpenFlags() > 0, ModerationAction.Kind.DISMISS);
        };
        Visibility next = decision.step() == Decision.Step.HIDE ? Visibility.HIDDEN : Visibility.PUBLISHED;
        if (decision.step() != Decision.Step.DISMISS) {
            comment.moderate(next, decision.reason(), moderatorId, now);
        }
        rules.resolveFlags(TargetType.COMMENT, comment.getId(), now);
        comment.countOpenFlags(0);
        log.record(tenant, moderatorId, kind, TargetType.COMMENT, comment.getId(),
                next == Visibility.HIDDEN ? decision.reason() : null, note);
        if (next == Visibility.HIDDEN) {
            mails.hidden(tenant, comment);
        } else if (was == Visibility.HELD) {
            comments.announceApproved(tenant, comment.getId());
        }
    }

    private static ModerationAction.Kind require(boolean applies, ModerationAction.Kind kind) {
        if (!applies) {
            throw new RefusedException("moderation.refused.state");
        }
        return kind;
    }
}
