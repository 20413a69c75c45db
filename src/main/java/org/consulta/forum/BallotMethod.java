package org.consulta.forum;

/**
 * How a ballot is filled and counted: approve any number of options (up to a maximum); distribute
 * a budget of points (with an optional cap per option); or rank options (Schulze method).
 */
public enum BallotMethod {
    APPROVAL, CUMULATIVE, RANKED
}
