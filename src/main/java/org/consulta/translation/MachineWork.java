package org.consulta.translation;

import java.time.Instant;
import java.util.List;

/**
 * What the machine has to do for one item, read in one short transaction and translated outside any:
 * each piece is one text from its original into one language. {@code claimedAt} names the queue rows taken.
 */
public record MachineWork(long repositoryId, String entityName, long entityId, Instant claimedAt, List<Piece> pieces) {

    public record Piece(String key, String from, String source, String to) {
    }

    /** A piece and what the machine made of it. */
    public record Done(Piece piece, String text) {
    }
}
