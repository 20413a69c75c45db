package org.consulta.commitment;

/** Where a commitment is found: its plan's slug and its reference ({@code 2025-2027}, {@code C3}). */
public record CommitmentAddress(Long id, String planSlug, String reference) {
}
