package org.consulta.account;

import jakarta.ejb.ApplicationException;
import org.consulta.kernel.RefusedException;

/**
 * Sign-in refused. One message for every cause (unknown e-mail, wrong password, unconfirmed,
 * locked), so the answer never tells whether an address has an account. Not rolled back: the
 * failure count must be kept.
 */
@ApplicationException(rollback = false)
public class SignInRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public SignInRefusedException() {
        super("account_login.refused");
    }
}
