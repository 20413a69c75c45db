package org.consulta.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.PersonalData;

/** The flags a person raised, for their export (flags about them are not theirs to read: they would name the flaggers). */
@ApplicationScoped
public class FlagsPersonalData implements PersonalData {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    @Override
    public String section() {
        return "flags";
    }

    @Override
    public JsonArray of(long accountId) {
        return PersonalData.rows(em, "SELECT f.target_type, f.target_id, r.slug, f.reason, f.note, f.created_at, f.resolved_at "
                + "FROM flag f JOIN repository r ON r.id = f.repository_id WHERE f.flagger_id = ?1 ORDER BY f.id", accountId,
                "about", "target", "repository", "reason", "note", "raised", "resolved");
    }

    /** A person's appeals and their decisions. */
    @ApplicationScoped
    public static class Appeals implements PersonalData {

        @PersistenceContext(unitName = "consulta")
        private EntityManager em;

        @Override
        public String section() {
            return "appeals";
        }

        @Override
        public JsonArray of(long accountId) {
            return PersonalData.rows(em, "SELECT a.comment_id, r.slug, a.explanation, a.created_at, a.decided_at, a.reversed, "
                    + "a.decision_reason FROM appeal a JOIN repository r ON r.id = a.repository_id WHERE a.author_id = ?1 "
                    + "ORDER BY a.id", accountId, "contribution", "repository", "explanation", "sent", "decided", "reversed",
                    "decision");
        }
    }
}
