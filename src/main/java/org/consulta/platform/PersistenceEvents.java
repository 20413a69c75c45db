package org.consulta.platform;

import org.eclipse.persistence.internal.sessions.UnitOfWorkChangeSet;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The persistence unit's session listener: counts statements for {@link SqlStatementCounter}, and
 * moves the {@link ContentStamp} in the transaction of every unit of work that writes, so that pages
 * cached for anonymous readers are never served over newer data.
 */
public class PersistenceEvents extends SessionEventAdapter {

    @Override
    public void postExecuteCall(SessionEvent event) {
        SqlStatementCounter.counted();
    }

    @Override
    public void postCalculateUnitOfWorkChangeSet(SessionEvent event) {
        if (event.getProperty("UnitOfWorkChangeSet") instanceof UnitOfWorkChangeSet changes && changes.hasChanges()) {
            DataModifyQuery bump = new DataModifyQuery(new SQLCall(ContentStamp.BUMP));
            bump.setAllowNativeSQLQuery(true); // the unit is multitenant; this table belongs to no repository
            event.getSession().executeQuery(bump);
        }
    }
}
