/**
 * The page frame: public URLs ({@code /fr/r/demo/}) mapped onto views, the language of each page,
 * the language switcher, translated error pages and security headers.
 */
package org.consulta.web.frame;
