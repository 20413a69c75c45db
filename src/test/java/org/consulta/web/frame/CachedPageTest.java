package org.consulta.web.frame;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CachedPageTest {

    @Test
    void aServedPageCarriesANonceThatPrimeFacesAcceptsBackFromItsForms() {
        // PrimeFaces refuses a postback whose nonce does not decode to a UUID ("Invalid CSP nonce")
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String nonce = CachedPage.freshNonce();
            String decoded = new String(Base64.getDecoder().decode(nonce), StandardCharsets.US_ASCII);
            assertDoesNotThrow(() -> UUID.fromString(decoded), nonce);
            assertEquals(48, nonce.length(), "every nonce has one length: the body's length is computed from it");
            seen.add(nonce);
        }
        assertEquals(100, seen.size(), "each response has a nonce of its own");
    }
}
