/**
 * Public consultations on draft commitments: announced, then open between two moments of the
 * repository's time zone, enforced on the server whatever the client sends.
 */
package org.consulta.consultation;
