package org.consulta.comment;

/** A commitment as a comment on one of its progress updates records it: its id and current version. */
public record TrackedCommitment(Long commitmentId, int version) {
}
