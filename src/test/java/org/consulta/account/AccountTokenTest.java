package org.consulta.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mailed links: valid for their purpose, until used or expired; only a hash is kept. */
class AccountTokenTest {

    private final Account account = new Account("ana@example.org", "Ana", "hash", "es");
    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void aResetLinkLastsOneHourAndServesOnce() {
        AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.RESET_PASSWORD, now);
        AccountToken token = issued.token();
        assertTrue(token.isUsable(TokenPurpose.RESET_PASSWORD, now.plus(Duration.ofMinutes(59))));
        assertFalse(token.isUsable(TokenPurpose.RESET_PASSWORD, now.plus(Duration.ofMinutes(61))));
        assertFalse(token.isUsable(TokenPurpose.CONFIRM_EMAIL, now), "a reset link confirms nothing");
        token.use(now);
        assertFalse(token.isUsable(TokenPurpose.RESET_PASSWORD, now.plusSeconds(1)));
    }

    @Test
    void onlyTheHashOfTheSecretIsStored() {
        AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.CONFIRM_EMAIL, now);
        assertEquals(64, AccountToken.hash(issued.raw()).length());
        assertNotEquals(issued.raw(), AccountToken.hash(issued.raw()));
        assertTrue(issued.raw().length() >= 43, "256 bits of randomness");
    }

    @Test
    void fiveFailuresWithinTheWindowLockTheAccount() {
        for (int i = 1; i < SignInService.MAX_FAILURES; i++) {
            assertFalse(account.recordFailure(now.plusSeconds(i), SignInService.MAX_FAILURES, SignInService.WINDOW));
        }
        assertTrue(account.recordFailure(now.plusSeconds(10), SignInService.MAX_FAILURES, SignInService.WINDOW));
        assertTrue(account.isLocked(now.plus(Duration.ofMinutes(14))));
        assertFalse(account.isLocked(now.plus(Duration.ofMinutes(16))));
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotLock() {
        for (int i = 0; i < 10; i++) {
            assertFalse(account.recordFailure(now.plus(Duration.ofMinutes(16L * i)), SignInService.MAX_FAILURES,
                    SignInService.WINDOW));
        }
    }
}
