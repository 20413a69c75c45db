/**
 * The page frame: public URLs ({@code /fr/r/demo/}) mapped onto views, the language of each page,
 * the language switcher, translated error pages and security headers, and what lets any instance of
 * a cluster serve any request (confirmations carried in a cookie, answers ended after the session is
 * stored). {@link org.consulta.web.frame.Can} asks each feature's permissions class what the signed-in
 * person may do, so pages offer exactly what the services allow.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, comment, commitment, consultation, forum, moderation, opendata, plan, repository, tracking.
 */
package org.consulta.web.frame;
