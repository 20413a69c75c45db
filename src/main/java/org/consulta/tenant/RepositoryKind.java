package org.consulta.tenant;

/** OGP has national members and local jurisdictions ("OGP Local"). */
public enum RepositoryKind {
    NATIONAL, LOCAL
}
