/**
 * Implementation tracking of adopted commitments: appointed reporters post dated, attributed progress
 * updates per milestone (status, note, evidence) that are kept as history; each commitment's
 * completion level in the IRM's vocabulary is derived from its milestones, or set by hand with a reason.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, audit, comment, commitment, consultation, forum, plan, repository.
 */
package org.consulta.tracking;
