package se.nyckeltal.retract;

/**
 * One loaded delivery as the load planned it ({@code meta.load_file}).
 *
 * @param fileId   its id in {@code meta.load_file}, the {@code file_id} of its rows in {@code core}
 * @param runId    the load run that loaded it
 * @param fileName its path relative to the input folder, as {@code report.load_runs} shows it
 */
record Delivery(long fileId, long runId, int loadOrder, String extract, String fileName, String checksum) {}
