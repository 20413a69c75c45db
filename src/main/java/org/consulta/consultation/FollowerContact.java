package org.consulta.consultation;

import org.consulta.account.Account;

/** Where and in which language to mail a follower, and the link that stops such mails. */
public record FollowerContact(String email, String language, String name, String unsubscribeLink) {

    static FollowerContact of(Account account, String unsubscribeLink) {
        return new FollowerContact(account.getEmail(), account.getLanguage(), account.getDisplayName(), unsubscribeLink);
    }
}
