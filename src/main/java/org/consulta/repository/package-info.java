/**
 * Repositories — each OGP member's public space — and the platform's administration: creating and
 * closing repositories, their settings, logos and accent colours, platform administrators, and the
 * outbox of mails when no mail server is configured.
 * <p>
 * May import: the kernel, i18n, {@code account} (roles) and {@code audit}. It implements
 * {@link org.consulta.kernel.RepositoryNames} for the features below it.
 */
package org.consulta.repository;
