/** The forum's public pages: remit, members and meetings; a ballot with its voting form and results; tallies as CSV. */
package org.consulta.web.forum;
