package org.consulta.account;

/** Which side of the multi-stakeholder forum a member sits on. */
public enum Constituency {
    GOVERNMENT, CIVIL_SOCIETY, OTHER
}
