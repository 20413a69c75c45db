package org.consulta.consultation;

import org.consulta.account.Account;

/** A follower with its account, as a query row. */
public record FollowerRow(Follower follower, Account account) {
}
