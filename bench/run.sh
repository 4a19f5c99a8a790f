#!/usr/bin/env bash
# The benchmark of BENCHMARKS.md. Usage:
#   bench/run.sh [scale]        full load vs DuckDB's native reader, at `scale` (default 1)
#   bench/run.sh memory         peak RSS of `load` at scale 1 and 4
#   bench/run.sh incremental    one night's delta into five years of history vs into an empty warehouse,
#                               and a full `indicators` over the five years
#   bench/run.sh superseded BASE_JAR
#                               what keeping replaced versions (for `retract`) costs: scale-1 loads with
#                               this jar and BASE_JAR (built from before, its lib/ beside it), interleaved;
#                               then a month of invoices delivered again (every key replaced) into each
# Public tools only: /usr/bin/time -v (Debian package `time`) for peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-1}
work=bench/work
jar=target/nyckeltal.jar
export NYCKELTAL_PSEUDONYM_KEY=benchmark-key-of-at-least-32-bytes-length
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)"; exit 1; }
mvn -q -B -ntp package -DskipTests
# The class-data-sharing archive, as deploy/ trains and uses it (docs/operations.md#installing).
deploy/cds-training.sh target >/dev/null
cds="-XX:SharedArchiveFile=$PWD/target/nyckeltal.jsa"
mkdir -p "$work"

rows_of() { # data rows of every csv below $1 (header lines not counted)
  find "$1" -name '*.csv' -print0 | xargs -0 awk 'FNR > 1 && NF' | wc -l
}
secs() { grep 'Elapsed (wall clock)' "$1" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600+$2*60+$3; else print $1*60+$2 }'; }
rss_mb() { grep 'Maximum resident' "$1" | awk '{printf "%.0f", $NF/1024}'; }
generate() { # scale from to dir
  [ -d "$4" ] || java -jar "$jar" generate --output "$4" --scale "$1" --from "$2" --to "$3" >/dev/null
}
load() { # input warehouse timefile [java options, the archive by default]
  /usr/bin/time -v java ${4-$cds} -jar "$jar" load --input "$1" --warehouse "$2" >"$3.out" 2>"$3" || true
}
native() { # input warehouse timefile
  # the baseline is test code (target/test-classes), never in the shipped jar
  /usr/bin/time -v java -cp "target/test-classes:$jar" se.nyckeltal.bench.NativeBaseline "$1" "$2" >"$3.out" 2>"$3"
}
startup() { # seconds of a JVM + Spring start that does no work (history on an empty warehouse)
  rm -f "$work/empty.duckdb"*
  /usr/bin/time -v java $cds -jar "$jar" history --warehouse "$work/empty.duckdb" >/dev/null 2>"$work/startup.time"
  secs "$work/startup.time"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
case "$mode" in
  memory)
    # as the contract's command line runs it (JVM defaults), and as deploy/ runs it (heap capped)
    for options in "" "-Xmx256m $cds"; do
      for scale in 1 4; do
        generate "$scale" 2016-01 2017-12 "$work/input-$scale"
        rm -f "$work/mem-$scale.duckdb"* "$work/nyckeltal.duckdb"
        load "$work/input-$scale" "$work/mem-$scale.duckdb" "$work/mem-$scale.time" "$options"
        echo "java ${options:-(defaults)} scale $scale: $(rows_of "$work/input-$scale") rows, load $(secs "$work/mem-$scale.time") s, peak RSS $(rss_mb "$work/mem-$scale.time") MB, $(tail -1 "$work/mem-$scale.time.out")"
      done
    done
    ;;
  incremental)
    # Six years generated in one go (identifiers never repeat across months): the first five are
    # the history, one day of the sixth is the night's delta.
    generate 1 2013-01 2018-01 "$work/input-6y"
    history_input="$work/input-5y"
    if [ ! -d "$history_input" ]; then
      mkdir -p "$history_input"
      (cd "$work/input-6y" && find . -name '*.csv' ! -name '2018-01.csv') | while read -r f; do
        mkdir -p "$history_input/$(dirname "$f")"; ln -f "$work/input-6y/$f" "$history_input/$f"; done
    fi
    delta="$work/delta"; rm -rf "$delta"
    for f in "$work/input-6y"/*/2018-01.csv; do
      extract=$(basename "$(dirname "$f")"); mkdir -p "$delta/$extract"
      # one night: the rows of 2018-01-02 (staffing: the month's file as delivered)
      if [ "$extract" = staffing ]; then cp "$f" "$delta/$extract/"; else
        awk 'FNR == 1 || /;2018-01-02/' "$f" > "$delta/$extract/night-2018-01-02.csv"; fi
    done
    history="$work/history.duckdb"
    if [ ! -f "$history" ]; then load "$history_input" "$history" "$work/history.time"; fi
    cp "$history" "$work/history-copy.duckdb"
    load "$delta" "$work/history-copy.duckdb" "$work/delta-history.time"
    rm -f "$work/delta-empty.duckdb"*
    load "$delta" "$work/delta-empty.duckdb" "$work/delta-empty.time"
    s=$(startup)
    /usr/bin/time -v java $cds -jar "$jar" indicators --warehouse "$work/history-copy.duckdb" >"$work/indicators.out" 2>"$work/indicators.time"
    h=$(secs "$work/delta-history.time"); e=$(secs "$work/delta-empty.time"); i=$(secs "$work/indicators.time")
    echo "five years: $(rows_of "$history_input") rows; delta: $(rows_of "$delta") rows"
    echo "delta into five years: $h s; into an empty warehouse: $e s; ratio $(echo "scale=2; $h / $e" | bc)"
    echo "indicators over five years: $i s wall, of which start-up ≈ $s s; work ≈ $(echo "$i - $s" | bc) s"
    ;;
  superseded)
    base=${2:?"usage: bench/run.sh superseded BASE_JAR (a jar built from the release before)"}
    input="$work/input-1"
    generate 1 2016-01 2017-12 "$input"
    again="$work/input-1-again"
    if [ ! -d "$again" ]; then
      # a month of invoices delivered a second time: new checksum (one blank line more), same keys
      cp -al "$input" "$again"
      rm "$again/invoices/2017-12.csv"
      { cat "$input/invoices/2017-12.csv"; echo; } > "$again/invoices/2017-12.csv"
    fi
    bytes() { stat -c %s "$1"; }
    for pair in 1 2; do
      for variant in base this; do
        j=$jar; [ "$variant" = base ] && j=$base
        w="$work/superseded-$variant"; rm -rf "$w"; mkdir -p "$w"
        /usr/bin/time -v java -jar "$j" load --input "$input" --warehouse "$w/warehouse.duckdb" >"$w/load.out" 2>"$w/load.time"
        full=$(bytes "$w/warehouse.duckdb")
        /usr/bin/time -v java -jar "$j" load --input "$again" --warehouse "$w/warehouse.duckdb" >"$w/again.out" 2>"$w/again.time"
        echo "pair $pair $variant: load $(secs "$w/load.time") s, file $full bytes;" \
             "month delivered again $(secs "$w/again.time") s, file $(bytes "$w/warehouse.duckdb") bytes"
      done
    done
    ;;
  *)
    scale=$mode
    input="$work/input-$scale"
    generate "$scale" 2016-01 2017-12 "$input"
    rows=$(rows_of "$input")
    rm -f "$work/load.duckdb"* "$work/nyckeltal.duckdb"
    load "$input" "$work/load.duckdb" "$work/load.time"
    native "$input" "$work/native.duckdb" "$work/native.time"
    l=$(secs "$work/load.time"); n=$(secs "$work/native.time")
    echo "scale $scale: $rows rows"
    echo "nyckeltal load: $l s ($(echo "$rows / $l" | bc) rows/s), peak RSS $(rss_mb "$work/load.time") MB"
    echo "native read_csv + same SQL: $n s ($(echo "$rows / $n" | bc) rows/s), peak RSS $(rss_mb "$work/native.time") MB; $(cat "$work/native.time.out")"
    echo "ratio load / native: $(echo "scale=2; $l / $n" | bc)"
    ;;
esac
