package org.consulta.i18n;

import java.util.Set;

/**
 * An entity whose public texts the machine translates in the background. Writing one of its
 * {@link #machineAttributes} queues it, in the transaction of the write (see {@code kernel.PersistenceEvents}).
 */
public interface MachineTranslated {

    /** Which kind of text it is, for the repository's setting: {@code plans}, {@code consultations}, {@code forum}, {@code progress}, {@code responses}, {@code contributions}. */
    String machineKind();

    /** The attributes whose change (texts, or becoming public) calls for the machine again. */
    Set<String> machineAttributes();

    /** The repository it belongs to, for an entity that is not tenant-owned (the repository itself); null otherwise. */
    default Long machineRepository() {
        return null;
    }
}
