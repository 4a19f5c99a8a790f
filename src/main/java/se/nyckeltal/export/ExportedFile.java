package se.nyckeltal.export;

import java.nio.file.Path;

/** One file written by an open-data export, and how many records (rows, objects or cells) it holds. */
public record ExportedFile(Path file, long records, String what) {}
