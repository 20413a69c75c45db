/**
 * Moderation: flags from participants, hiding at the repository's threshold, pre-moderation's
 * approvals, the moderators' queue and decisions, blocks, appeals decided by another moderator, the
 * digest mailed to moderators and the public transparency figures. Nothing is deleted: every step
 * is a state change, logged for the audit and counted for the public. Owns the repository's moderation
 * policy ({@link org.consulta.moderation.ModerationPolicy}) and answers {@link org.consulta.comment.PreModeration}.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, audit, comment, commitment, consultation, repository.
 */
package org.consulta.moderation;
