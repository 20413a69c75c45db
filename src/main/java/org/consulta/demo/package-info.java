/**
 * The first start, on top of every feature: migrations done, it creates the platform administrator and,
 * on an empty database, the demo repository (plans, commitments, a consultation with comments and
 * responses, the forum and its ballots, moderation cases, implementation tracking), printing the
 * one-time passwords. Instances starting together seed once (the {@code first_start} row is locked).
 * Nothing imports it.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, comment, commitment, consultation, forum, moderation, plan, proposal, repository, tracking.
 */
package org.consulta.demo;
