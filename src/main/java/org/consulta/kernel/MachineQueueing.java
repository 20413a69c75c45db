package org.consulta.kernel;

import org.consulta.i18n.MachineTranslated;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.internal.sessions.UnitOfWorkChangeSet;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.Session;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * Queues a machine translation for every {@link MachineTranslated} entity a unit of work writes (its texts,
 * or its becoming public), in that unit's own transaction: a committed text always gets its translations,
 * across crashes, and a rolled-back one never does. The machine's own writes ({@link #byMachine}) queue nothing.
 */
public final class MachineQueueing {

    private static final ThreadLocal<Boolean> MACHINE = new ThreadLocal<>();
    /** Without an engine ({@code CONSULTA_MT_URL} empty) nothing is queued: writes work exactly as before. */
    private static final boolean ENGINE = configured("CONSULTA_MT_URL", "consulta.mt.url");
    /** Items already queued by each unit of work, so that several flushes queue one job. */
    private final Map<Session, Set<String>> queued = Collections.synchronizedMap(new WeakHashMap<>());

    /** Runs {@code work} (a call that commits its own transaction) as the machine: what it writes queues nothing. */
    public static <T> T byMachine(Supplier<T> work) {
        MACHINE.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            MACHINE.remove();
        }
    }

    void changed(Session unit, UnitOfWorkChangeSet changes) {
        if (!ENGINE || MACHINE.get() != null) {
            return;
        }
        for (Object set : changes.getAllChangeSets().values()) {
            if (set instanceof ObjectChangeSet change && change.getUnitOfWorkClone() instanceof MachineTranslated item
                    && item instanceof BaseEntity entity && entity.getId() != null && relevant(change, item)) {
                Long repository = item.machineRepository() != null ? item.machineRepository()
                        : unit.getProperty(TenantOwned.TENANT_PROPERTY) instanceof Number n ? n.longValue() : null;
                String name = unit.getDescriptor(entity.getClass()).getAlias();
                if (repository != null && queued.computeIfAbsent(unit, u -> new HashSet<>()).add(name + entity.getId())) {
                    insert(unit, repository, name, entity.getId());
                }
            }
        }
    }

    private static boolean configured(String variable, String property) {
        String value = System.getenv(variable);
        value = value == null ? System.getProperty(property) : value;
        return value != null && !value.isBlank();
    }

    void forget(Session unit) {
        queued.remove(unit);
    }

    private static boolean relevant(ObjectChangeSet change, MachineTranslated item) {
        return change.isNew() || change.getChangedAttributeNames().stream().anyMatch(item.machineAttributes()::contains);
    }

    private static void insert(Session unit, long repository, String entityName, long entityId) {
        String next = unit.getPlatform().isPostgreSQL() ? "nextval('machine_job_seq')" : "NEXT VALUE FOR machine_job_seq";
        SQLCall call = new SQLCall("INSERT INTO machine_job (id, repository_id, entity_name, entity_id, attempts, "
                + "next_attempt_at, created_at) VALUES (" + next + ", #r, #n, #e, 0, #t, #t)");
        DataModifyQuery insert = new DataModifyQuery(call);
        insert.addArgument("r");
        insert.addArgument("n");
        insert.addArgument("e");
        insert.addArgument("t");
        insert.setAllowNativeSQLQuery(true); // the unit is multitenant; the queue names its repository itself
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        unit.executeQuery(insert, java.util.List.of(repository, entityName, entityId, now));
    }
}
