package org.consulta.kernel;

/** One row of a grouped count: how many there are for one id ({@code SELECT NEW} in JPQL). */
public record IdCount(Long id, Long count) {
}
