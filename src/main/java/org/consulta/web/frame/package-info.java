/**
 * The page frame: public URLs ({@code /fr/r/demo/}) mapped onto views by {@link org.consulta.web.frame.Routes}
 * from what each view folder declares ({@code views/<folder>/routes.txt}); what the request is about
 * ({@link org.consulta.web.frame.CurrentPage}: language, route, repository), the links built from it
 * ({@link org.consulta.web.frame.PageUrls}) and what the visitor may do there ({@link org.consulta.web.frame.Can},
 * asking each feature's permissions); the language switcher, translated error pages and security headers,
 * and what lets any instance of a cluster serve any request (confirmations carried in a cookie, answers
 * ended after the session is stored).
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, comment, commitment, consultation, forum, moderation, opendata, plan, proposal, repository, tracking.
 */
package org.consulta.web.frame;
