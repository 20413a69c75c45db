package org.consulta.forum;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.account.OwnContributions;

import java.util.List;

/**
 * The ballots a forum member voted in: the receipt itself is theirs alone (only its hash is kept), so the
 * page leads to the ballot, where the receipt is checked.
 */
@ApplicationScoped
public class OwnBallots implements OwnContributions {

    @Override
    public List<Kind> kinds() {
        return List.of(new Kind("ballots", 80, "SELECT r.slug, v.cast_at, b.question, NULL, CONCAT('forum/ballots/', b.id), "
                + "'RECEIPT' FROM ballot_vote v JOIN ballot b ON b.id = v.ballot_id JOIN repository r ON r.id = v.repository_id "
                + "WHERE v.voter_id = ?1 ORDER BY v.id DESC", true));
    }
}
