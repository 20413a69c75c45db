package org.consulta.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.kernel.TenantOwned;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * A participant following a commitment: mailed on new versions, the consultation's opening and
 * approaching close, replies to them and responses to their contributions. Unsubscribing keeps the
 * row (marked), so that commenting again does not quietly subscribe the person anew. The token
 * lets the mail's link unsubscribe without signing in; it grants nothing else.
 */
@Entity
@Table(name = "follower")
public class Follower extends TenantOwned {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "commitment_id", nullable = false, updatable = false)
    private Long commitmentId;
    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;
    @Column(nullable = false, updatable = false, length = 64)
    private String token;
    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    protected Follower() {
    }

    Follower(Long commitmentId, Long accountId) {
        this.commitmentId = commitmentId;
        this.accountId = accountId;
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    void resume() {
        unsubscribedAt = null;
    }

    void unsubscribe(Instant now) {
        if (unsubscribedAt == null) {
            unsubscribedAt = now;
        }
    }

    /** The page a mail links to for stopping, under the repository's address. */
    String unsubscribePath(org.consulta.kernel.Tenant tenant) {
        return "/r/" + tenant.slug() + "/unsubscribe?token=" + token;
    }

    public boolean isActive() { return unsubscribedAt == null; }
    public Long getCommitmentId() { return commitmentId; }
    public Long getAccountId() { return accountId; }
    public String getToken() { return token; }
}
