/**
 * Public consultations on draft commitments: announced, then open between two moments of the
 * repository's time zone, enforced on the server whatever the client sends. Owns the repository's
 * consultation defaults (notice, duration: {@link org.consulta.consultation.ConsultationDefaults}).
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, audit, commitment, plan, repository.
 */
package org.consulta.consultation;
