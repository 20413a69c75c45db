/**
 * Machine translation: the self-hosted engine (Apertium APy at {@code CONSULTA_MT_URL}), the durable queue
 * that translates public texts in the background after each write, the repository's setting, and the
 * review of machine texts by a person (accept, correct, reject). Texts are reached through
 * {@link org.consulta.translation.MachineTextStore}s: the generic one for entities with
 * {@code LocalizedText} fields, and those features provide for texts they keep otherwise.
 * <p>
 * May import (checked by {@code LayersTest}): i18n, kernel, account, audit, repository.
 */
package org.consulta.translation;
