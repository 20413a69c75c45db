/** Action plans: the two- or four-year sets of commitments an OGP member co-creates and implements. */
package org.consulta.plan;
