/**
 * A generator of realistic synthetic input folders (all seven extracts, Swedish export style,
 * seeded and scalable): the shipped sample in {@code input/}, the benchmarks' input, and test
 * data. Writes files only; shares no code with the reader, so that it can test it.
 */
package se.nyckeltal.sample;
