/**
 * Pages of consultations: scheduling one on a plan.
 * <p>
 * May import (checked by {@code LayersTest}): comment, commitment, consultation, plan, web.frame.
 */
package org.consulta.web.consultations;
