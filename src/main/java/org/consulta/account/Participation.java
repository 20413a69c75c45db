package org.consulta.account;

/**
 * Who took part in a repository, as the features that keep people's acts know it: each declares a native
 * query of account ids for {@code ?2}, the repository's id. Used to suggest people an administrator may
 * invite or appoint: people already seen in that repository, never the platform's whole directory.
 */
public interface Participation {

    /** A native {@code SELECT} of one column, account ids, of those who acted in repository {@code ?2}. */
    String participantsSql();
}
