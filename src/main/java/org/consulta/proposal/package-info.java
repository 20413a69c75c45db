/**
 * Co-creation before any draft exists: calls for proposals on an action plan in its co-creation stage,
 * the public's and civil society's proposals (typed online, or recorded from a workshop or a CSV file
 * by a facilitator), their supports (once per person), and what became of each one: the commitments it
 * fed, the proposal it was merged into, and the government's reasoned response.
 * <p>
 * The commitments proposals become come from commitment, the window and the notice rule from consultation,
 * plain text, response statuses and the discussion from comment, who moderates from moderation.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, audit, plan, repository, search, commitment, consultation, comment, moderation.
 */
package org.consulta.proposal;
