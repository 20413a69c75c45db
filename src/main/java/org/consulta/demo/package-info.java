/**
 * The first start, on top of every feature: migrations done, it creates the platform administrator and,
 * on an empty database, the demo repository (plans, commitments, a consultation with comments and
 * responses, the forum and its ballots, moderation cases, implementation tracking), printing the
 * one-time passwords. Instances starting together seed once (the {@code first_start} row is locked).
 * <p>
 * May import: every feature and the kernel. Nothing imports it ({@code LayersTest} checks it).
 */
package org.consulta.demo;
