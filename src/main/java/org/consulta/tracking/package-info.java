/**
 * Implementation tracking of adopted commitments: appointed reporters post dated, attributed progress
 * updates per milestone (status, note, evidence) that are kept as history; each commitment's
 * completion level in the IRM's vocabulary is derived from its milestones, or set by hand with a reason.
 */
package org.consulta.tracking;
