package org.consulta.proposal;

import org.consulta.account.Permission;
import org.consulta.account.RepositoryRole;

/** What may be done with calls and proposals, and by whom (asked through {@code account.Permissions}). */
public final class ProposalPermissions {

    /** Opening calls for proposals. */
    public static final Permission RUN_CALLS = Permission.of("proposal.run_calls", RepositoryRole.ADMINISTRATOR);
    /** Recording workshops and their proposals (typed or from a file). */
    public static final Permission RECORD_WORKSHOPS = Permission.of("proposal.record_workshops", RepositoryRole.ADMINISTRATOR,
            RepositoryRole.FACILITATOR);
    /** Linking proposals to the commitments they became, and merging duplicates. */
    public static final Permission TRACE = Permission.of("proposal.trace", RepositoryRole.ADMINISTRATOR);
    /** Answering proposals with a reasoned response. */
    public static final Permission RESPOND = Permission.of("proposal.respond", RepositoryRole.ADMINISTRATOR, RepositoryRole.RESPONDER);

    private ProposalPermissions() {
    }
}
