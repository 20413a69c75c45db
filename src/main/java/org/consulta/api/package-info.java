/**
 * The read-only public JSON API, {@code /api/v1/{repository}/…}: the open-data rows with each translatable
 * field as value, language and translation status for the reader's Accept-Language, cursor pagination for
 * contributions, errors as application/problem+json with a translated title, a rate limit per client.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, opendata, repository.
 */
package org.consulta.api;
