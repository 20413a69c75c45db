package org.consulta.kernel;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of everything that belongs to one repository. The {@code repository_id} column is owned by
 * EclipseLink: set on insert and added to every read from the entity manager's tenant property.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "repository_id", contextProperty = TenantOwned.TENANT_PROPERTY,
        discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER)
public abstract class TenantOwned extends BaseEntity {

    /** The entity-manager property that carries the current repository id. */
    public static final String TENANT_PROPERTY = "consulta.repository";
}
