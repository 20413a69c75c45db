/**
 * The open-data downloads: each dataset of a repository as CSV or JSON, streamed.
 * <p>
 * May import (checked by {@code LayersTest}): opendata, repository.
 */
package org.consulta.web.opendata;
