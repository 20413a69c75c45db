/**
 * Account pages: register, confirm, sign in and out, passwords, settings.
 * <p>
 * May import (checked by {@code LayersTest}): account, web.frame.
 */
package org.consulta.web.account;
