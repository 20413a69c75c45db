/**
 * Pages of commitments: a version, the comparison of two, the editor and the translation editor.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, comment, commitment, consultation, moderation, plan, proposal, tracking, web.frame.
 */
package org.consulta.web.commitments;
