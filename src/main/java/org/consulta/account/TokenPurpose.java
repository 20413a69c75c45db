package org.consulta.account;

import java.time.Duration;

/** What a mailed link may do, and for how long. */
public enum TokenPurpose {
    CONFIRM_EMAIL(Duration.ofHours(48)),
    RESET_PASSWORD(Duration.ofHours(1)),
    CHANGE_EMAIL(Duration.ofHours(48));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
