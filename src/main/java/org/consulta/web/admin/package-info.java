/**
 * Back office pages: a repository's settings and audit log, the platform's outbox.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, audit, comment, commitment, forum, plan, proposal, repository, tracking, translation, web.frame.
 */
package org.consulta.web.admin;
