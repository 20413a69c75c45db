package org.consulta.proposal;

import org.consulta.consultation.ConsultationWindow;
import org.consulta.kernel.RefusedException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rules of a proposal's text, of rewriting it, and of the call's window, without a server. */
class ProposalRulesTest {

    @Test
    void textsAreStrippedAndEachFieldIsNamedWhenAtFault() {
        ProposalText text = ProposalRules.text("  Des bus de nuit \r\n", " Pas de bus ", "Un bus", "  ");
        assertEquals("Des bus de nuit", text.title());
        assertEquals("Pas de bus", text.problem());
        assertNull(text.organisation(), "a blank organisation is none");
        assertEquals("title", refused(() -> ProposalRules.text("Bus", "P", "S", null)).field());
        assertEquals("title", refused(() -> ProposalRules.text("x".repeat(201), "P", "S", null)).field());
        assertDoesNotThrow(() -> ProposalRules.text("x".repeat(200), "P", "S", null));
        assertEquals("problem", refused(() -> ProposalRules.text("Des bus", " ", "S", null)).field());
        assertEquals("solution", refused(() -> ProposalRules.text("Des bus", "P", "y".repeat(4001), null)).field());
        assertEquals("organisation", refused(() -> ProposalRules.text("Des bus", "P", "S", "o".repeat(201))).field());
        assertEquals("proposal.refused.addendum", refused(() -> ProposalRules.addendum("\n ")).messageKey());
    }

    @Test
    void theAuthorRewritesOnlyUntilSomeoneActsOnIt() {
        assertDoesNotThrow(() -> ProposalRules.requireRewritable(0, 0, false));
        assertEquals("proposal.refused.acted_on", refused(() -> ProposalRules.requireRewritable(1, 0, false)).messageKey());
        assertEquals("proposal.refused.acted_on", refused(() -> ProposalRules.requireRewritable(0, 1, false)).messageKey());
        assertEquals("proposal.refused.merged", refused(() -> ProposalRules.requireRewritable(0, 0, true)).messageKey());
    }

    @Test
    void aCallTakesProposalsFromItsOpeningIncludedToItsClosingExcludedInTheRepositorysZone() {
        ZoneId zone = ZoneId.of("America/Argentina/Buenos_Aires");
        ConsultationWindow window = ConsultationWindow.of(LocalDateTime.of(2026, 3, 1, 9, 0), LocalDateTime.of(2026, 3, 31, 18, 0), zone);
        ProposalCall call = new ProposalCall(null, null, null, java.time.LocalDate.of(2026, 2, 1), window);
        Instant opening = Instant.parse("2026-03-01T12:00:00Z"); // 9:00 in Buenos Aires (UTC-3)
        assertEquals("proposal.refused.closed", refused(() -> CallService.requireOpen(call, opening.minusSeconds(1))).messageKey());
        assertDoesNotThrow(() -> CallService.requireOpen(call, opening));
        Instant closing = Instant.parse("2026-03-31T21:00:00Z");
        assertDoesNotThrow(() -> CallService.requireOpen(call, closing.minusSeconds(1)));
        assertEquals("proposal.refused.closed", refused(() -> CallService.requireOpen(call, closing)).messageKey());
        assertEquals(28, window.noticeDays(java.time.LocalDate.of(2026, 2, 1), zone), "the notice rule counts calendar days");
        call.endNow(Instant.parse("2026-03-10T12:00:00Z"));
        assertEquals("proposal.refused.closed", refused(() -> CallService.requireOpen(call, Instant.parse("2026-03-10T12:00:01Z"))).messageKey());
    }

    private static RefusedException refused(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(RefusedException.class, call);
    }
}
