/**
 * Action plans: the two- or four-year sets of commitments an OGP member co-creates and implements.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, audit, repository, search, translation.
 */
package org.consulta.plan;
