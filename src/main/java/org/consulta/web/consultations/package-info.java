/** Pages of consultations: scheduling one on a plan. */
package org.consulta.web.consultations;
