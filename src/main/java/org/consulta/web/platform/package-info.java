/**
 * Platform-wide pages: the list of repositories.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, repository, web.frame.
 */
package org.consulta.web.platform;
