/**
 * The multi-stakeholder forum: its priority ballots and how they are counted — approval, cumulative
 * (dot voting) and ranked (Schulze method) — overall and per constituency, ties shown as ties.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, audit, commitment, plan, proposal, repository.
 */
package org.consulta.forum;
