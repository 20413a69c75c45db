/**
 * Contributions to a consultation: comments on a whole commitment or on one of its sections, anchored
 * to the section's identity and the version they were written on, with replies and votes.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, audit, commitment, consultation, repository.
 */
package org.consulta.comment;
