/**
 * The moderators' pages: the queue of contributions (held, flagged, hidden) with decisions one by
 * one or in bulk, the appeals to decide, and the flagged and blocked accounts.
 * <p>
 * May import (checked by {@code LayersTest}): comment, consultation, moderation, web.frame.
 */
package org.consulta.web.moderation;
