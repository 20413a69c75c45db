package org.consulta.kernel;

/**
 * The name of a repository as people read it, for features below the repository feature (mails of
 * the account feature, for one) that must not depend on it: the repository feature implements it.
 */
public interface RepositoryNames {

    /** The repository's name in this language, or in its default language; its slug if it has none. */
    String nameOf(Tenant tenant, String language);
}
