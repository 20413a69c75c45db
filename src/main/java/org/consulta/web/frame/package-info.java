/**
 * The page frame: public URLs ({@code /fr/r/demo/}) mapped onto views, the language of each page,
 * the language switcher, translated error pages and security headers, and what lets any instance of
 * a cluster serve any request (confirmations carried in a cookie, answers ended after the session is
 * stored).
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, comment, opendata, plan, repository.
 */
package org.consulta.web.frame;
