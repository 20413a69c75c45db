/**
 * Contributions to a consultation: comments on a whole commitment or on one of its sections, anchored
 * to the section's identity and the version they were written on, with replies and votes.
 */
package org.consulta.comment;
