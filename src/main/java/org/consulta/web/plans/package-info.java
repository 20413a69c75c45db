/**
 * Pages of action plans: the public plan page and its editor.
 * <p>
 * May import (checked by {@code LayersTest}): commitment, consultation, plan, proposal, tracking, web.frame.
 */
package org.consulta.web.plans;
