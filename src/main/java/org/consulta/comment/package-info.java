/**
 * Contributions to a consultation: comments on a whole commitment or on one of its sections, anchored
 * to the section's identity and the version they were written on, with replies and votes. Owns the
 * repository's comment length ({@link org.consulta.comment.CommentSettings}) and asks the moderation policy,
 * which sits above it, through {@link org.consulta.comment.PreModeration}.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, audit, commitment, consultation, repository.
 */
package org.consulta.comment;
