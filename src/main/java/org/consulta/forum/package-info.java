/**
 * The multi-stakeholder forum: its priority ballots and how they are counted — approval, cumulative
 * (dot voting) and ranked (Schulze method) — overall and per constituency, ties shown as ties.
 */
package org.consulta.forum;
