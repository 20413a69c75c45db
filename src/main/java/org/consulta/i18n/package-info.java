/**
 * Languages of the interface and of user content.
 * <p>
 * Interface text comes from the ICU bundles under {@code i18n/}; there is deliberately no fallback
 * from one language to another, so a missing key shows up as a defect instead of as Spanish on a
 * French page. User content carries per-field translations with a {@link org.consulta.i18n.TranslationStatus}.
 * <p>
 * May import (checked by {@code LayersTest}): nothing of ours.
 */
package org.consulta.i18n;
