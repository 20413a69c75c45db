package org.consulta.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.account.PersonalData;

import java.util.List;

/** A person's proposals (as written, whatever their state), supports and follows of proposals, for their export. */
@ApplicationScoped
public class ProposalsPersonalData implements PersonalData {

    @Override
    public List<Section> sections() {
        return List.of(
                new Section("proposals", "SELECT p.id, r.slug, p.call_id, p.title, p.problem, p.solution, p.addendum, p.language, "
                        + "p.organisation, p.visibility, p.merged_into, p.created_at, p.edited_at FROM proposal p "
                        + "JOIN repository r ON r.id = p.repository_id WHERE p.author_id = ?1 ORDER BY p.id",
                        "id", "repository", "call", "title", "problem", "solution", "addendum", "language", "organisation",
                        "visibility", "mergedInto", "written", "edited"),
                new Section("proposalSupports", "SELECT s.proposal_id, r.slug, s.created_at FROM proposal_support s "
                        + "JOIN repository r ON r.id = s.repository_id WHERE s.account_id = ?1 ORDER BY s.id",
                        "proposal", "repository", "since"),
                new Section("proposalFollows", "SELECT f.proposal_id, r.slug, f.created_at, f.unfollowed_at FROM proposal_follower f "
                        + "JOIN repository r ON r.id = f.repository_id WHERE f.account_id = ?1 ORDER BY f.id",
                        "proposal", "repository", "since", "unfollowed"));
    }
}
