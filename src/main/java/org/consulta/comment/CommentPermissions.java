package org.consulta.comment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.consulta.account.Guard;
import org.consulta.account.RepositoryRole;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

/**
 * Who may do what with a repository's contributions.
 * One answer for both sides: services call {@code require…}, pages ask {@code can…} (through
 * {@code web.frame.Can}), so a page never offers what the service refuses, nor hides what it allows.
 */
@Stateless
@TenantScoped
public class CommentPermissions {

    @Inject
    private Guard guard;

    /** Answering contributions with a reasoned response. */
    private static final RepositoryRole[] RESPOND = {RepositoryRole.ADMINISTRATOR, RepositoryRole.RESPONDER};
    /** Posting without waiting for a moderator under pre-moderation. */
    private static final RepositoryRole[] POST_UNHELD = {RepositoryRole.MODERATOR, RepositoryRole.ADMINISTRATOR};

    public void requireRespond(Tenant tenant, Long accountId) {
        guard.requireRepositoryRole(tenant, accountId, RESPOND);
    }

    public boolean canRespond(Tenant tenant, Long accountId) {
        return guard.hasRepositoryRole(tenant, accountId, RESPOND);
    }

    public boolean canPostUnheld(Tenant tenant, Long accountId) {
        return guard.hasRepositoryRole(tenant, accountId, POST_UNHELD);
    }
}
