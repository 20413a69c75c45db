package org.consulta.account;

import java.io.Serializable;

/** Who signed in, as the web session keeps it. Roles are never cached here: services check them. */
public record SignedIn(long accountId, String displayName, String language, boolean mustChangePassword,
                       boolean platformAdmin, int sessionEpoch) implements Serializable {
}
