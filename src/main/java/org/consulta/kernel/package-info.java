/**
 * The kernel: what every feature stands on, and nothing that knows a feature.
 * <p>
 * Owns the base entity, business refusals ({@link org.consulta.kernel.RefusedException}, one class whose
 * message key says what happened; subclasses only where the answer differs: 404, 403), tenant scoping
 * ({@link org.consulta.kernel.Tenant}, {@link org.consulta.kernel.TenantOwned}, {@link org.consulta.kernel.TenantScoped},
 * {@link org.consulta.kernel.TenantBinder}: EclipseLink's single-table multitenancy adds
 * {@code repository_id = ?} to every query on a tenant-owned entity, from the tenant a scoped service
 * method receives, so a feature cannot forget the filter), the data source, migrations and readiness, the
 * durable mail queue, sanitising ({@link org.consulta.kernel.RichText}), file signatures, the content stamp of
 * kept pages, small interfaces that features below the repository feature need from it
 * ({@link org.consulta.kernel.RepositoryNames}), and {@link org.consulta.kernel.SettingsPart}: how a feature
 * adds its own part to a repository's settings page, stored in its own table.
 * <p>
 * May import (checked by {@code LayersTest}): i18n.
 */
package org.consulta.kernel;
