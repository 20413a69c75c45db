/**
 * Repositories — each OGP member's public space — and the platform's administration: creating and
 * closing repositories, their settings, logos and accent colours, platform administrators, and the
 * outbox of mails when no mail server is configured. It tells the features below it a repository's name
 * through {@link org.consulta.kernel.RepositoryNames}.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, audit.
 */
package org.consulta.repository;
