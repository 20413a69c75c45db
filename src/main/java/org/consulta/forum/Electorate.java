package org.consulta.forum;

/** Who may vote in a ballot: the forum's members, or every confirmed participant of the repository. */
public enum Electorate {
    FORUM, PARTICIPANTS
}
