package org.consulta.kernel;

import java.io.Serializable;
import java.util.Objects;

/** The repository a use case works in: the first argument of every {@link TenantScoped} service method. */
public record Tenant(long id, String slug) implements Serializable {

    public Tenant {
        Objects.requireNonNull(slug, "slug");
    }
}
