package org.consulta.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consulta.kernel.BaseEntity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * A single-use, expiring secret sent by e-mail. Only its SHA-256 is stored: a leaked database
 * does not hand out working links.
 */
@Entity
@Table(name = "account_token")
public class AccountToken extends BaseEntity {

    private static final SecureRandom RANDOM = new SecureRandom();

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** For {@link TokenPurpose#CHANGE_EMAIL}: the address that becomes the account's once confirmed. */
    @Column(name = "new_email")
    private String newEmail;

    protected AccountToken() {
    }

    private AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant expiresAt) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    /** Creates the token and returns it with the raw secret, which exists only in the e-mail. */
    static Issued issue(Account account, TokenPurpose purpose, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new AccountToken(account, purpose, hash(raw), now.plus(purpose.lifetime())), raw);
    }

    static String hash(String raw) {
        return org.consulta.kernel.Sha256.hex(raw);
    }

    static Issued issueEmailChange(Account account, String newEmail, Instant now) {
        Issued issued = issue(account, TokenPurpose.CHANGE_EMAIL, now);
        issued.token().newEmail = newEmail;
        return issued;
    }

    String getNewEmail() {
        return newEmail;
    }

    boolean isUsable(TokenPurpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    Account getAccount() {
        return account;
    }

    record Issued(AccountToken token, String raw) {
    }
}
