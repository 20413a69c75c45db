package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.PersonalData;

/** The commitments a person follows, for their export. */
@ApplicationScoped
public class FollowsPersonalData implements PersonalData {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    @Override
    public String section() {
        return "follows";
    }

    @Override
    public JsonArray of(long accountId) {
        return PersonalData.rows(em, "SELECT f.commitment_id, r.slug, f.created_at, f.unsubscribed_at FROM follower f "
                + "JOIN repository r ON r.id = f.repository_id WHERE f.account_id = ?1 ORDER BY f.id", accountId,
                "commitment", "repository", "since", "unsubscribed");
    }

    /** The commitments a person supports. */
    @ApplicationScoped
    public static class Supports implements PersonalData {

        @PersistenceContext(unitName = "consulta")
        private EntityManager em;

        @Override
        public String section() {
            return "supports";
        }

        @Override
        public JsonArray of(long accountId) {
            return PersonalData.rows(em, "SELECT s.commitment_id, r.slug, s.created_at FROM commitment_support s "
                    + "JOIN repository r ON r.id = s.repository_id WHERE s.account_id = ?1 ORDER BY s.id", accountId,
                    "commitment", "repository", "since");
        }
    }
}
