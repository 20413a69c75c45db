package org.consulta.commitment;

/** OGP's values; a commitment explains its relevance to each one that applies. */
public enum OgpValue {
    ACCESS_TO_INFORMATION, CIVIC_PARTICIPATION, PUBLIC_ACCOUNTABILITY, TECHNOLOGY_AND_INNOVATION
}
