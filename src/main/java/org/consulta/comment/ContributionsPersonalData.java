package org.consulta.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.PersonalData;

/** A person's contributions (comments and replies, whatever their state, with the written text) for their export. */
@ApplicationScoped
public class ContributionsPersonalData implements PersonalData {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    @Override
    public String section() {
        return "contributions";
    }

    @Override
    public JsonArray of(long accountId) {
        return PersonalData.rows(em, "SELECT c.id, r.slug, c.commitment_id, c.progress_update_id, c.parent_id, c.section_key, "
                        + "c.quote, c.body, c.language, c.alignment, c.visibility, c.withdrawn, c.created_at, c.edited_at "
                        + "FROM comment c JOIN repository r ON r.id = c.repository_id WHERE c.author_id = ?1 ORDER BY c.id",
                accountId, "id", "repository", "commitment", "progressUpdate", "replyTo", "section", "quote", "text",
                "language", "alignment", "visibility", "withdrawn", "written", "edited");
    }

    /** A person's votes on contributions. */
    @ApplicationScoped
    public static class Votes implements PersonalData {

        @PersistenceContext(unitName = "consulta")
        private EntityManager em;

        @Override
        public String section() {
            return "votes";
        }

        @Override
        public JsonArray of(long accountId) {
            return PersonalData.rows(em, "SELECT v.comment_id, r.slug, v.vote_value, v.created_at FROM comment_vote v "
                    + "JOIN repository r ON r.id = v.repository_id WHERE v.account_id = ?1 ORDER BY v.id", accountId,
                    "contribution", "repository", "value", "cast");
        }
    }
}
