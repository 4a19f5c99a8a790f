#!/usr/bin/env bash
# The install-time training run of the JVM's class-data sharing (Spring Boot's "class data
# sharing" support): one small load, in a temporary folder, by a JVM that writes the classes it
# loaded to nyckeltal.jsa beside the jar at exit. The units in this folder start the JVM with
# -XX:SharedArchiveFile=nyckeltal.jsa, so every command then maps those classes, parsed and
# verified, instead of reading them from the jars (see BENCHMARKS.md for what it saves).
#
# Run it as the user that runs nyckeltal, after every install or upgrade of nyckeltal.jar, lib/ or
# Java: the JVM refuses an archive made from other jars (it warns and starts without it).
#   deploy/cds-training.sh [DIR]     DIR: where nyckeltal.jar and lib/ are (default /opt/nyckeltal)
set -euo pipefail
dir=$(cd "${1:-/opt/nyckeltal}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A throwaway warehouse of generated extracts: no real data, no real key.
export NYCKELTAL_PSEUDONYM_KEY=cds-training-only-key-of-at-least-32-bytes
java -jar "$dir/nyckeltal.jar" generate --output "$work/input" --scale 0.02 --from 2017-01 --to 2017-02 >/dev/null
java "-XX:ArchiveClassesAtExit=$dir/nyckeltal.jsa" -jar "$dir/nyckeltal.jar" \
  load --input "$work/input" --warehouse "$work/warehouse.duckdb" >/dev/null
echo "wrote $dir/nyckeltal.jsa"
