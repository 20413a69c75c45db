package org.consulta.forum;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.account.PersonalData;

import java.util.List;

/** A forum member's ballots (the marks that count, as cast; receipts are never stored), for their export. */
@ApplicationScoped
public class BallotsPersonalData implements PersonalData {

    @Override
    public List<Section> sections() {
        return List.of(new Section("ballots", "SELECT v.ballot_id, r.slug, v.marks, v.constituency, v.cast_at FROM ballot_vote v "
                + "JOIN repository r ON r.id = v.repository_id WHERE v.voter_id = ?1 ORDER BY v.id",
                "ballot", "repository", "marks", "constituency", "cast"));
    }
}
