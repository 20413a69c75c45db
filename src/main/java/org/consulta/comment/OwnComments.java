package org.consulta.comment;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.account.OwnContributions;

import java.util.List;

/** A person's comments and replies, for their "My contributions" page (statements of proposals are their proposals). */
@ApplicationScoped
public class OwnComments implements OwnContributions {

    private static String of(String which) {
        return "SELECT r.slug, c.created_at, c.body, COALESCE(CONCAT(p.slug, ' · ', m.reference), CONCAT('P', c.proposal_id)), "
                + "CASE WHEN c.commitment_id IS NULL THEN CONCAT('proposals/', c.proposal_id, '#comment-', c.id) "
                + "ELSE CONCAT('plans/', p.slug, '/', m.reference, CASE WHEN c.progress_update_id IS NULL THEN '' "
                + "ELSE CONCAT('/updates/', c.progress_update_id) END, '#comment-', c.id) END, "
                + "CASE WHEN c.withdrawn = TRUE THEN 'WITHDRAWN' ELSE c.visibility END "
                + "FROM comment c JOIN repository r ON r.id = c.repository_id LEFT JOIN commitment m ON m.id = c.commitment_id "
                + "LEFT JOIN action_plan p ON p.id = m.plan_id WHERE c.author_id = ?1 AND c.statement_of IS NULL AND " + which
                + " ORDER BY c.id DESC";
    }

    @Override
    public List<Kind> kinds() {
        return List.of(new Kind("comments", 10, of("c.parent_id IS NULL"), false),
                new Kind("replies", 20, of("c.parent_id IS NOT NULL"), false));
    }
}
