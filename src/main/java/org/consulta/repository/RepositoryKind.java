package org.consulta.repository;

/** OGP has national members and local jurisdictions ("OGP Local"). */
public enum RepositoryKind {
    NATIONAL, LOCAL
}
