#!/usr/bin/env bash
# Regenerates src/main/resources/META-INF/nyckeltal/startup-classes.txt, the classes that
# StartupPreloader loads on a background thread while a command starts (BENCHMARKS.md):
# every class a load of the shipped sample loads from the class path or the JDK's modules,
# in the order it loads them. Run it after a dependency upgrade or when StartupPreloaderTests
# says the list no longer covers what a load loads.
set -euo pipefail
cd "$(dirname "$0")/.."
list=src/main/resources/META-INF/nyckeltal/startup-classes.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -B -ntp package -DskipTests
NYCKELTAL_PSEUDONYM_KEY=startup-classes-key-of-at-least-32-bytes java "-Xlog:class+load=info:file=$work/classes.log:none" \
  -jar target/nyckeltal.jar load --input input --warehouse "$work/w.duckdb" >/dev/null
# Classes defined at run time (lambdas, proxies, reflection accessors) have no file to load from.
awk '$2 == "source:" && ($3 ~ /^file:/ || $3 ~ /^jrt:/) { print $1 }' "$work/classes.log" \
  | grep -v -e '\$\$Lambda' -e '^jdk\.proxy' -e '^jdk\.internal\.reflect\.Generated' > "$list"
echo "$(wc -l < "$list") classes written to $list"
