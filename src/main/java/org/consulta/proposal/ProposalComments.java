package org.consulta.proposal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.comment.DiscussionChanged;
import org.consulta.kernel.Database;

import javax.sql.DataSource;

/**
 * Keeps a proposal's count of comments (public, not withdrawn, replies included) with its discussion, in the
 * transaction of the change: "most commented" sorts on it, and a proposal with comments is no longer rewritten.
 * The proposal's row is locked first, as a parent, so that comments posted at once are counted in turn.
 */
@Dependent
public class ProposalComments {

    private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Resource(lookup = Database.JNDI)
    private DataSource dataSource;
    @jakarta.inject.Inject
    private jakarta.enterprise.event.Event<ProposalChanged> changed;

    void recount(@Observes DiscussionChanged change) {
        if (change.proposalId() == null) {
            return;
        }
        em.flush(); // the change itself must be in the rows counted
        Object before = em.createNativeQuery("SELECT visibility FROM proposal WHERE id = ?1 " + Database.parentRowLock(dataSource))
                .setParameter(1, change.proposalId()).setHint(NATIVE, true).getSingleResult();
        // the proposal is as visible as its statement (held, hidden, restored by moderation)
        em.createNativeQuery("UPDATE proposal SET comments = (SELECT COUNT(*) FROM comment c WHERE c.proposal_id = ?1 "
                        + "AND c.statement_of IS NULL AND c.visibility = 'PUBLISHED' AND c.withdrawn = FALSE), "
                        + "visibility = COALESCE((SELECT s.visibility FROM comment s WHERE s.statement_of = ?1), visibility) WHERE id = ?1")
                .setParameter(1, change.proposalId()).setHint(NATIVE, true).executeUpdate();
        Object after = em.createNativeQuery("SELECT visibility FROM proposal WHERE id = ?1").setParameter(1, change.proposalId())
                .setHint(NATIVE, true).getSingleResult();
        if (!after.equals(before)) { // in search as the public may now read it (a comment alone changes nothing there)
            changed.fire(new ProposalChanged(null, change.proposalId()));
        }
    }
}
