/** Pages of commitments: a version, the comparison of two, the editor and the translation editor. */
package org.consulta.web.commitments;
