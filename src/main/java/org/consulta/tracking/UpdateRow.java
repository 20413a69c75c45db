package org.consulta.tracking;

import java.time.Instant;

/** A progress update's date, id and milestone (none: a completion change), as a query row. */
public record UpdateRow(Instant createdAt, Long id, String milestoneKey) {
}
