package org.consulta.proposal;

/** What a proposal says, as its author or facilitator typed it (stripped); checked by {@link ProposalRules#text}. */
public record ProposalText(String title, String problem, String solution, String organisation) {
}
