package org.consulta.kernel;

import org.eclipse.persistence.internal.sessions.UnitOfWorkChangeSet;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The persistence unit's session listener: counts statements for {@link SqlStatementCounter}, and
 * moves the {@link ContentStamp} in the transaction of every unit of work that writes, so that pages
 * cached for anonymous readers are never served over newer data.
 * <p>
 * It also queues machine translations of what was written (see {@link MachineQueueing}).
 * <p>
 * The stamp moves at commit, never at a flush: a flush that locked the stamp's row would hold it for
 * the rest of the transaction, and a nested transaction of its own ({@code REQUIRES_NEW}, such as
 * accepting an invitation while confirming an address) would then wait for its caller for ever.
 */
public class PersistenceEvents extends SessionEventAdapter {

    /** Units of work inside a flush, and those that wrote something not yet stamped, or stamped. */
    private final Map<Session, Boolean> flushing = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<Session, Boolean> stamped = Collections.synchronizedMap(new WeakHashMap<>());
    private final MachineQueueing machine = new MachineQueueing();

    @Override
    public void postExecuteCall(SessionEvent event) {
        SqlStatementCounter.counted();
    }

    @Override
    public void preFlushUnitOfWork(SessionEvent event) {
        flushing.put(event.getSession(), Boolean.TRUE);
    }

    @Override
    public void postFlushUnitOfWork(SessionEvent event) {
        flushing.remove(event.getSession());
    }

    @Override
    public void postCalculateUnitOfWorkChangeSet(SessionEvent event) {
        if (!(event.getProperty("UnitOfWorkChangeSet") instanceof UnitOfWorkChangeSet changes) || !changes.hasChanges()) {
            return;
        }
        Session unit = event.getSession();
        machine.changed(unit, changes);
        if (flushing.containsKey(unit)) {
            stamped.putIfAbsent(unit, Boolean.FALSE); // written now, stamped at commit
        } else if (!Boolean.TRUE.equals(stamped.get(unit))) {
            bump(unit);
        }
    }

    @Override
    public void preCommitUnitOfWork(SessionEvent event) {
        if (Boolean.FALSE.equals(stamped.get(event.getSession()))) {
            bump(event.getSession()); // what was flushed earlier is committed now
        }
    }

    @Override
    public void postCommitUnitOfWork(SessionEvent event) {
        forget(event.getSession());
    }

    @Override
    public void postReleaseUnitOfWork(SessionEvent event) {
        forget(event.getSession());
    }

    private void forget(Session unit) {
        flushing.remove(unit);
        stamped.remove(unit);
        machine.forget(unit);
    }

    private void bump(Session unit) {
        DataModifyQuery bump = new DataModifyQuery(new SQLCall(ContentStamp.BUMP));
        bump.setAllowNativeSQLQuery(true); // the unit is multitenant; this table belongs to no repository
        unit.executeQuery(bump);
        stamped.put(unit, Boolean.TRUE);
    }
}
