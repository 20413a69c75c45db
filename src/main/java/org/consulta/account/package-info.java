/**
 * People who sign in. Accounts are platform-wide; roles inside a repository come with the
 * accounts issue. Passwords are only ever stored as tunable PBKDF2 hashes.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, audit.
 */
package org.consulta.account;
