/**
 * Open data: a repository's plans, commitments, milestones, consultations, contributions with their
 * responses and ballot tallies as CSV and JSON, in all its languages, under its licence, written as
 * they are read (contributions a page at a time by keyset) so that no export sits whole in memory.
 */
package org.consulta.opendata;
