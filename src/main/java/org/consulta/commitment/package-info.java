/** Commitments of an action plan, following OGP's commitment template. */
package org.consulta.commitment;
