/**
 * Finding plans and commitments by their words, in the reader's language: an index of what readers
 * of each language see, searched with PostgreSQL's dictionaries or, on H2, by word prefix.
 * <p>
 * May import (checked by {@code LayersTest}): kernel.
 */
package org.consulta.search;
