/**
 * Open data: a repository's plans, commitments, milestones, consultations, contributions with their
 * responses, ballot tallies and proposals with what became of them as CSV and JSON, in all its languages, under its licence, written as
 * they are read (contributions a page at a time by keyset) so that no export sits whole in memory. Owns
 * the repository's data licence ({@link org.consulta.opendata.OpenDataSettings}).
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, comment, commitment, consultation, forum, plan, proposal, repository, tracking.
 */
package org.consulta.opendata;
