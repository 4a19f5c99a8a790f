/**
 * The nightly load, a Spring Batch job: discover (plan and checksum the files), ingest (read,
 * validate and stage each file, in parallel partitions), merge (staged rows into {@code core},
 * last delivered wins) and recompute the touched periods; with the restart of an interrupted
 * run and the load's summary.
 */
package se.nyckeltal.load;
