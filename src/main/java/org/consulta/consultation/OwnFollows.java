package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.account.OwnContributions;

import java.util.List;

/** The commitments a person supports and follows, for their "My contributions" page. */
@ApplicationScoped
public class OwnFollows implements OwnContributions {

    private static String of(String table, String since, String still) {
        return "SELECT r.slug, s." + since + ", m.reference, p.slug, CONCAT('plans/', p.slug, '/', m.reference), NULL "
                + "FROM " + table + " s JOIN repository r ON r.id = s.repository_id JOIN commitment m ON m.id = s.commitment_id "
                + "JOIN action_plan p ON p.id = m.plan_id WHERE s.account_id = ?1" + still + " ORDER BY s.id DESC";
    }

    @Override
    public List<Kind> kinds() {
        return List.of(new Kind("supports", 30, of("commitment_support", "created_at", ""), false),
                new Kind("follows", 50, of("follower", "created_at", " AND s.unsubscribed_at IS NULL"), false));
    }
}
