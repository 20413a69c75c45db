/**
 * The forum's public pages: remit, members and meetings; a ballot with its voting form and results; tallies as CSV.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, forum, opendata, repository, web.frame.
 */
package org.consulta.web.forum;
