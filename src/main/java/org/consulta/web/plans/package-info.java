/** Pages of action plans: the public plan page and its editor. */
package org.consulta.web.plans;
