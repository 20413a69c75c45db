package org.consulta.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.account.PersonalData;

import java.util.List;

/**
 * The flags a person raised and their appeals with the decisions, for their export (flags about them are
 * not theirs to read: they would name the flaggers).
 */
@ApplicationScoped
public class FlagsPersonalData implements PersonalData {

    @Override
    public List<Section> sections() {
        return List.of(
                new Section("flags", "SELECT f.target_type, f.target_id, r.slug, f.reason, f.note, f.created_at, f.resolved_at "
                        + "FROM flag f JOIN repository r ON r.id = f.repository_id WHERE f.flagger_id = ?1 ORDER BY f.id",
                        "about", "target", "repository", "reason", "note", "raised", "resolved"),
                new Section("appeals", "SELECT a.comment_id, r.slug, a.explanation, a.created_at, a.decided_at, a.reversed, "
                        + "a.decision_reason FROM appeal a JOIN repository r ON r.id = a.repository_id WHERE a.author_id = ?1 "
                        + "ORDER BY a.id", "contribution", "repository", "explanation", "sent", "decided", "reversed", "decision"));
    }
}
