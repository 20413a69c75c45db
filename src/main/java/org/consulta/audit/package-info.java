/**
 * The append-only audit log: who did what, when, to what, with the state before and after.
 * Entries are written in the same transaction as the change they describe, and never updated.
 * <p>
 * May import (checked by {@code LayersTest}): kernel.
 */
package org.consulta.audit;
