package org.consulta.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.time.Duration;
import java.util.List;

/**
 * Suggesting whom to invite as an administrator types ({@link Invitees}): for those who manage members only,
 * from two typed characters, and at most {@value #LOOKUPS_PER_MINUTE} lookups a minute per administrator
 * across the cluster, so the suggestions cannot be used to walk the repository's participants.
 */
@Stateless
@TenantScoped
public class InviteeService {

    static final int LOOKUPS_PER_MINUTE = 60;

    @Inject
    private Permissions permissions;
    @Inject
    private ClientThrottle throttle;
    @Inject
    private Invitees invitees;

    public List<Invitees.Suggestion> suggestInvitees(Tenant tenant, Long actorId, String typed) {
        permissions.require(tenant, actorId, MembershipPermissions.MANAGE_MEMBERS);
        throttle.attempt("invitee-lookup", String.valueOf(actorId), LOOKUPS_PER_MINUTE, Duration.ofMinutes(1));
        if (typed == null || typed.strip().length() < 2) {
            return List.of();
        }
        return invitees.suggest(tenant.id(), typed);
    }
}
