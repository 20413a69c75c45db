package org.consulta.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.account.OwnContributions;

import java.util.List;

/** The contributions a person flagged for moderators, and whether the flag was dealt with. */
@ApplicationScoped
public class OwnFlags implements OwnContributions {

    @Override
    public List<Kind> kinds() {
        return List.of(new Kind("flags", 70, "SELECT r.slug, f.created_at, c.body, COALESCE(CONCAT(p.slug, ' · ', m.reference), "
                + "CONCAT('P', c.proposal_id)), CASE WHEN c.commitment_id IS NULL THEN CONCAT('proposals/', c.proposal_id, '#comment-', c.id) "
                + "ELSE CONCAT('plans/', p.slug, '/', m.reference, '#comment-', c.id) END, "
                + "CASE WHEN f.resolved_at IS NULL THEN 'OPEN' ELSE 'RESOLVED' END "
                + "FROM flag f JOIN repository r ON r.id = f.repository_id JOIN comment c ON c.id = f.target_id "
                + "LEFT JOIN commitment m ON m.id = c.commitment_id LEFT JOIN action_plan p ON p.id = m.plan_id "
                + "WHERE f.flagger_id = ?1 AND f.target_type = 'COMMENT' ORDER BY f.id DESC", false));
    }
}
