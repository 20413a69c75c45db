package org.consulta.comment;

import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.account.Participation;

/** Those who wrote a published comment in a repository, for suggesting whom to invite there. */
@ApplicationScoped
public class CommentParticipation implements Participation {

    @Override
    public String participantsSql() {
        return "SELECT c.author_id FROM comment c WHERE c.repository_id = ?2 AND c.visibility = 'PUBLISHED'";
    }
}
