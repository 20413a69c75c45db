/** Public pages of one repository. */
package org.consulta.web.repository;
