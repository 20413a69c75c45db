package org.consulta.translation;

import org.consulta.kernel.Tenant;

/**
 * The machine's translations of one item were kept (in the transaction that keeps them): the features
 * that index or derive something from the item's texts bring it up to date.
 */
public record MachineTranslatedEvent(Tenant tenant, String entityName, long id) {
}
