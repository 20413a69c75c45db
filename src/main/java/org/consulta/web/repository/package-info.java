/**
 * Public pages of one repository.
 * <p>
 * May import (checked by {@code LayersTest}): account, comment, commitment, consultation, i18n, moderation, opendata, plan, proposal, search, tracking, web.frame.
 */
package org.consulta.web.repository;
