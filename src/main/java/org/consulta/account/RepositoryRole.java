package org.consulta.account;

/** Roles inside one repository. Any confirmed account is a participant without a grant. */
public enum RepositoryRole {
    ADMINISTRATOR, MODERATOR, FORUM_MEMBER, RESPONDER, FACILITATOR
}
