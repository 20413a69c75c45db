package org.consulta.comment;

import org.consulta.kernel.Tenant;

/**
 * What contributions ask of the proposals feature, which sits above this one and answers (it discusses
 * proposals with these comments): whether a proposal of the repository takes comments now.
 */
public interface ProposalDiscussions {

    /** Refuses (with the reason's key) unless the proposal is public, not merged and its call open. */
    void requireOpen(Tenant tenant, long proposalId);

    /** The proposal's title as its author wrote it (for mails); empty if unknown here. */
    default String title(Tenant tenant, long proposalId) {
        return titles(tenant, java.util.List.of(proposalId)).getOrDefault(proposalId, "");
    }

    /** The titles of these proposals of the repository, in one statement (for moderators' lists). */
    java.util.Map<Long, String> titles(Tenant tenant, java.util.Collection<Long> proposalIds);
}
