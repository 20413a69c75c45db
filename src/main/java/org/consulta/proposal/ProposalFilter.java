package org.consulta.proposal;

import org.consulta.comment.ResponseStatus;

/**
 * How a reader narrows and orders a call's proposals. {@code status}: a response status, or null with
 * {@code unanswered} for those still waiting; both empty: all.
 */
public record ProposalFilter(Long areaId, ResponseStatus status, boolean unanswered, Order order) {

    public enum Order { SUPPORTS, NEWEST, COMMENTED }

    public static ProposalFilter all() {
        return new ProposalFilter(null, null, false, Order.SUPPORTS);
    }
}
