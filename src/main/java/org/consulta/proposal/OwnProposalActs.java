package org.consulta.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.account.OwnContributions;

import java.util.List;

/** The proposals a person wrote, supports and follows, for their "My contributions" page. */
@ApplicationScoped
public class OwnProposalActs implements OwnContributions {

    @Override
    public List<Kind> kinds() {
        return List.of(
                new Kind("proposals", 25, "SELECT r.slug, x.created_at, x.title, CONCAT('P', x.id), CONCAT('proposals/', x.id), "
                        + "CASE WHEN x.merged_into IS NOT NULL THEN 'MERGED' ELSE x.visibility END FROM proposal x "
                        + "JOIN repository r ON r.id = x.repository_id WHERE x.author_id = ?1 ORDER BY x.id DESC", false),
                new Kind("proposal_supports", 40, "SELECT r.slug, s.created_at, x.title, CONCAT('P', x.id), CONCAT('proposals/', x.id), NULL "
                        + "FROM proposal_support s JOIN proposal x ON x.id = s.proposal_id JOIN repository r ON r.id = s.repository_id "
                        + "WHERE s.account_id = ?1 ORDER BY s.id DESC", false),
                new Kind("proposal_follows", 60, "SELECT r.slug, f.created_at, x.title, CONCAT('P', x.id), CONCAT('proposals/', x.id), NULL "
                        + "FROM proposal_follower f JOIN proposal x ON x.id = f.proposal_id JOIN repository r ON r.id = f.repository_id "
                        + "WHERE f.account_id = ?1 AND f.unfollowed_at IS NULL ORDER BY f.id DESC", false));
    }
}
