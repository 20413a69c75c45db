package org.consulta.comment;

import org.consulta.account.Permission;
import org.consulta.account.RepositoryRole;

/**
 * What may be done with a repository's contributions, and by whom. Asked through {@code account.Permissions}: services {@code require} them, pages ask
 * {@code allows} (through {@code web.frame.Can}), so the two never disagree.
 */
public final class CommentPermissions {

    /** Answering contributions with a reasoned response. */
    public static final Permission RESPOND = Permission.of("comment.respond", RepositoryRole.ADMINISTRATOR, RepositoryRole.RESPONDER);

    /** Posting without waiting for a moderator under pre-moderation. */
    public static final Permission POST_UNHELD = Permission.of("comment.post_unheld", RepositoryRole.MODERATOR, RepositoryRole.ADMINISTRATOR);

    private CommentPermissions() {
    }
}
