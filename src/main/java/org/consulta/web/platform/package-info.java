/** Platform-wide pages: the list of repositories. */
package org.consulta.web.platform;
