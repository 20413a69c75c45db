package org.consulta.forum;

import org.consulta.account.Constituency;

/** One cast ballot as a query row: its encoded marks and the voter's constituency. */
public record VoteRow(String marks, Constituency constituency) {
}
