/**
 * Repositories: each OGP member's public space, and the isolation between them.
 * <p>
 * Every entity that belongs to a repository extends {@link org.consulta.tenant.TenantOwned}. EclipseLink's
 * single-table multitenancy then adds {@code repository_id = ?} to every query on it and fills the
 * column on insert, from the {@link org.consulta.tenant.Tenant} that a {@link org.consulta.tenant.TenantScoped}
 * service method receives. A feature cannot forget the filter: without a tenant, the call fails.
 */
package org.consulta.tenant;
