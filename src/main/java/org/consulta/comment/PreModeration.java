package org.consulta.comment;

import org.consulta.kernel.Tenant;

import java.util.OptionalInt;

/**
 * What contributions ask of the repository's moderation policy, which the moderation feature owns and
 * answers (it sits above this one: it moderates comments).
 */
public interface PreModeration {

    /**
     * How many of an account's first contributions wait for a moderator: empty when the repository
     * publishes at once, 0 when every contribution waits.
     */
    OptionalInt heldFirst(Tenant tenant);
}
