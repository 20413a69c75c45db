/** Back office pages: a repository's settings and audit log, the platform's outbox. */
package org.consulta.web.admin;
