package org.consulta.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.consulta.account.Constituency;
import org.consulta.kernel.TenantOwned;

import java.time.Instant;

/**
 * A voter's ballot, one per voter and ballot (unique in the database): changing it replaces the
 * marks. The voter's constituency is kept as it was when they voted, for the results per side. The
 * receipt is stored as a hash: only its holder can show it is counted.
 */
@Entity
@Table(name = "ballot_vote")
public class BallotVote extends TenantOwned {

    @Column(name = "ballot_id", nullable = false, updatable = false)
    private Long ballotId;
    @Column(name = "voter_id", nullable = false, updatable = false)
    private Long voterId;
    /** One number per option, comma-separated, in the options' order. */
    @Column(nullable = false, length = 400)
    private String marks;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Constituency constituency;
    @Column(name = "receipt_hash", nullable = false, length = 64)
    private String receiptHash;
    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected BallotVote() {
    }

    BallotVote(Long ballotId, Long voterId) {
        this.ballotId = ballotId;
        this.voterId = voterId;
    }

    void fill(int[] newMarks, Constituency side, String newReceiptHash, Instant at) {
        marks = encode(newMarks);
        constituency = side;
        receiptHash = newReceiptHash;
        castAt = at;
    }

    static String encode(int[] marks) {
        StringBuilder out = new StringBuilder();
        for (int m : marks) {
            out.append(out.length() == 0 ? "" : ",").append(m);
        }
        return out.toString();
    }

    static int[] decode(String marks) {
        String[] parts = marks.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }

    public Long getBallotId() { return ballotId; }
    public Long getVoterId() { return voterId; }
    public int[] getMarks() { return decode(marks); }
    public Constituency getConstituency() { return constituency; }
    public Instant getCastAt() { return castAt; }
}
