package org.consulta.commitment;

import org.consulta.kernel.Tenant;

/**
 * Fired inside the publishing transaction, so that whatever observes it (the followers' mails)
 * commits or rolls back with the version itself.
 */
public record VersionPublished(Tenant tenant, long commitmentId, int number, Long publisherId) {
}
