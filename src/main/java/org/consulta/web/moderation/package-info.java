/**
 * The moderators' pages: the queue of contributions (held, flagged, hidden) with decisions one by
 * one or in bulk, the appeals to decide, and the flagged and blocked accounts.
 */
package org.consulta.web.moderation;
