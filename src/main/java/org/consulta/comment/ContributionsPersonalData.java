package org.consulta.comment;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.account.PersonalData;

import java.util.List;

/** A person's contributions (whatever their state, with the text as written) and votes, for their export. */
@ApplicationScoped
public class ContributionsPersonalData implements PersonalData {

    @Override
    public List<Section> sections() {
        return List.of(
                new Section("contributions", "SELECT c.id, r.slug, c.commitment_id, c.progress_update_id, c.proposal_id, c.parent_id, "
                        + "c.section_key, c.quote, c.body, c.language, c.alignment, c.visibility, c.withdrawn, c.created_at, "
                        + "c.edited_at FROM comment c JOIN repository r ON r.id = c.repository_id WHERE c.author_id = ?1 ORDER BY c.id",
                        "id", "repository", "commitment", "progressUpdate", "proposal", "replyTo", "section", "quote", "text", "language",
                        "alignment", "visibility", "withdrawn", "written", "edited"),
                new Section("votes", "SELECT v.comment_id, r.slug, v.vote_value, v.created_at FROM comment_vote v "
                        + "JOIN repository r ON r.id = v.repository_id WHERE v.account_id = ?1 ORDER BY v.id",
                        "contribution", "repository", "value", "cast"));
    }
}
