package org.consulta.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.account.Participation;

/** Those who made a proposal in a repository, for suggesting whom to invite there. */
@ApplicationScoped
public class ProposalParticipation implements Participation {

    @Override
    public String participantsSql() {
        return "SELECT p.author_id FROM proposal p WHERE p.repository_id = ?2 AND p.author_id IS NOT NULL";
    }
}
