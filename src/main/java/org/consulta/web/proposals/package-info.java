/**
 * The pages of {@code /views/proposals/}: a call for proposals and its proposals, a proposal, the
 * new-proposal form, the report of a call, and what administrators, facilitators and responders do
 * (open a call, record a workshop, link, merge, answer). Glue only: every rule is in {@code proposal}.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, comment, commitment, consultation, moderation, opendata, plan, proposal, repository, search, web.commitments, web.frame.
 */
package org.consulta.web.proposals;
