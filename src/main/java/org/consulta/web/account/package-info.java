/** Account pages: register, confirm, sign in and out, passwords, settings. */
package org.consulta.web.account;
