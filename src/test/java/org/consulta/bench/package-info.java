/** Measurements run by hand (see README), never as part of the test suite. */
package org.consulta.bench;
