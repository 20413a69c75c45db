package org.consulta.comment;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.Database;

import java.util.List;
import javax.sql.DataSource;

/**
 * A commitment's top-level consultation contributions counted by section, alignment and state, stored
 * so that a page reads a handful of rows however many thousands there are. Recounted from the comments
 * themselves in the transaction of every change ({@link DiscussionChanged}), under the commitment's row
 * lock: two changes at once take turns, and the counts can never drift from the rows they count.
 */
@jakarta.enterprise.context.Dependent
public class DiscussionTally {

    /** One stored count; {@code sectionKey} "" is the commitment as a whole, {@code alignment} null when none was given. */
    record Row(String sectionKey, Alignment alignment, Visibility visibility, boolean withdrawn, boolean answered, long count) {

        boolean counted() {
            return visibility == Visibility.PUBLISHED && !withdrawn;
        }
    }

    /** Native SQL in a multitenant unit: the caller found the commitment in its repository. */
    private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";
    private static final String BOOL = "CASE WHEN r.id IS NULL THEN FALSE ELSE TRUE END";

    /**
     * The commitment's row lock. On PostgreSQL it is {@code FOR NO KEY UPDATE}: each writer's new comment has
     * already taken {@code FOR KEY SHARE} on its commitment (the foreign-key check), which {@code FOR UPDATE}
     * waits for, so two writers each holding one and wanting the other deadlocked. H2 has {@code FOR UPDATE} only.
     */
    private static volatile String rowLock;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Resource(lookup = Database.JNDI)
    private DataSource dataSource;

    void recount(@Observes DiscussionChanged change) {
        if (change.commitmentId() == null) {
            return; // a proposal's discussion: the proposal counts its own comments
        }
        em.flush(); // the change itself must be in the rows counted
        long commitment = change.commitmentId();
        em.createNativeQuery("SELECT id FROM commitment WHERE id = ?1 " + rowLock()).setParameter(1, commitment)
                .setHint(NATIVE, true).getResultList();
        execute("DELETE FROM discussion_tally WHERE commitment_id = ?1", commitment);
        execute("INSERT INTO discussion_tally (repository_id, commitment_id, section_key, alignment, visibility, withdrawn, "
                + "answered, contributions) SELECT c.repository_id, c.commitment_id, COALESCE(c.section_key, ''), "
                + "COALESCE(c.alignment, ''), c.visibility, c.withdrawn, " + BOOL + ", COUNT(*) "
                + "FROM comment c LEFT JOIN response r ON r.comment_id = c.id "
                + "WHERE c.commitment_id = ?1 AND c.parent_id IS NULL AND c.progress_update_id IS NULL "
                + "GROUP BY c.repository_id, c.commitment_id, COALESCE(c.section_key, ''), COALESCE(c.alignment, ''), "
                + "c.visibility, c.withdrawn, " + BOOL, commitment);
    }

    /** The stored counts of one commitment, found by the caller in the reader's repository. */
    List<Row> of(long commitmentId) {
        List<?> rows = em.createNativeQuery("SELECT section_key, alignment, visibility, withdrawn, answered, contributions "
                + "FROM discussion_tally WHERE commitment_id = ?1").setParameter(1, commitmentId).setHint(NATIVE, true)
                .getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new Row((String) r[0],
                ((String) r[1]).isEmpty() ? null : Alignment.valueOf((String) r[1]), Visibility.valueOf((String) r[2]),
                Boolean.TRUE.equals(r[3]), Boolean.TRUE.equals(r[4]), ((Number) r[5]).longValue())).toList();
    }

    private void execute(String sql, long commitment) {
        em.createNativeQuery(sql).setParameter(1, commitment)
                .setHint(NATIVE, true).executeUpdate();
    }

    private String rowLock() {
        if (rowLock == null) {
            rowLock = Database.parentRowLock(dataSource);
        }
        return rowLock;
    }
}
