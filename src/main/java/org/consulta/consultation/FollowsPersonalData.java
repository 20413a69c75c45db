package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.account.PersonalData;

import java.util.List;

/** The commitments a person follows and supports, for their export. */
@ApplicationScoped
public class FollowsPersonalData implements PersonalData {

    @Override
    public List<Section> sections() {
        return List.of(
                new Section("follows", "SELECT f.commitment_id, r.slug, f.created_at, f.unsubscribed_at FROM follower f "
                        + "JOIN repository r ON r.id = f.repository_id WHERE f.account_id = ?1 ORDER BY f.id",
                        "commitment", "repository", "since", "unsubscribed"),
                new Section("supports", "SELECT s.commitment_id, r.slug, s.created_at FROM commitment_support s "
                        + "JOIN repository r ON r.id = s.repository_id WHERE s.account_id = ?1 ORDER BY s.id",
                        "commitment", "repository", "since"));
    }
}
