/**
 * What every feature stands on: the data source, versioned migrations applied at start, the
 * first-start seed, the readiness check and the base entity.
 */
package org.consulta.platform;
