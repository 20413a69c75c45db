package org.consulta.comment;

/** The government's answer to a contribution, as OGP asks: what became of it. */
public enum ResponseStatus {
    ACCEPTED, PARTLY_ACCEPTED, NOT_ACCEPTED, UNDER_CONSIDERATION
}
