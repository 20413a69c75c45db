/**
 * Commitments of an action plan, following OGP's commitment template.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, audit, plan, repository, search, translation.
 */
package org.consulta.commitment;
