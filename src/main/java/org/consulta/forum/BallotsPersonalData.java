package org.consulta.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.PersonalData;

/** A forum member's ballots (the marks that count, as the voter cast them; receipts are never stored), for their export. */
@ApplicationScoped
public class BallotsPersonalData implements PersonalData {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    @Override
    public String section() {
        return "ballots";
    }

    @Override
    public JsonArray of(long accountId) {
        return PersonalData.rows(em, "SELECT v.ballot_id, r.slug, v.marks, v.constituency, v.cast_at FROM ballot_vote v "
                + "JOIN repository r ON r.id = v.repository_id WHERE v.voter_id = ?1 ORDER BY v.id", accountId,
                "ballot", "repository", "marks", "constituency", "cast");
    }
}
