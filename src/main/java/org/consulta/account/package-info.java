/**
 * People who sign in, and what they may do. Accounts are platform-wide; roles are granted per repository.
 * Passwords are only ever stored as tunable PBKDF2 hashes. {@link org.consulta.account.Permissions} answers
 * every feature's {@link org.consulta.account.Permission} ({@code PlanPermissions.MANAGE}…) for services and
 * pages alike.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, audit.
 */
package org.consulta.account;
