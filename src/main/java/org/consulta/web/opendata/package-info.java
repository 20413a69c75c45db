/** The open-data downloads: each dataset of a repository as CSV or JSON, streamed. */
package org.consulta.web.opendata;
