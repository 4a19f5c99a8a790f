#!/usr/bin/env bash
# The benchmark of BENCHMARKS.md. Usage:
#   [ROUNDS=n] bench/run.sh [scale]
#                               full load vs DuckDB's native reader (read_csv + the same merge and
#                               indicator SQL) and vs plain read_csv into typed tables, at `scale` (default 1)
#   bench/run.sh memory [scales]
#                               peak RSS of `load` at scale 1, 4 and 16 (two years), on the generator's
#                               monthly files and on files four times larger, JVM defaults and -Xmx256m
#   bench/run.sh incremental [scale]
#                               three nights' deltas into five years of history (built a year at a time)
#                               vs into an empty warehouse; a full `indicators`, `report` and `explain`
#                               over the five years (default scale 1; the national figures use 16)
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
plain() { # input warehouse timefile: read_csv into typed tables only
  /usr/bin/time -v java -cp "target/test-classes:$jar" se.nyckeltal.bench.NativeBaseline --plain "$1" "$2" >"$3.out" 2>"$3"
}
startup() { # seconds of a JVM + Spring start that does no work (history on an empty warehouse)
  rm -f "$work/empty.duckdb"*
  /usr/bin/time -v java $cds -jar "$jar" history --warehouse "$work/empty.duckdb" >/dev/null 2>"$work/startup.time"
  secs "$work/startup.time"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
case "$mode" in
  memory)
    # Peak RSS of `load` as the contract's command line runs it (the JVM's defaults) and as deploy/
    # runs it (heap capped), two years at scale 1, 4 and 16, on the generator's monthly files and on
    # files four times larger (four months of an extract in one file).
    # bench/run.sh memory [scales...], default 1 4 16.
    shift || true
    scales=${*:-1 4 16}
    for scale in $scales; do
      generate "$scale" 2016-01 2017-12 "$work/input-$scale"
      merged="$work/input-$scale-x4"
      if [ ! -d "$merged" ]; then
        mkdir -p "$merged"
        for dir in "$work/input-$scale"/*/; do
          extract=$(basename "$dir"); mkdir -p "$merged/$extract"
          files=("$dir"*.csv); n=${#files[@]}
          for ((i = 0; i < n; i += 4)); do
            out="$merged/$extract/$(basename "${files[$i]}")"
            head -1 "${files[$i]}" > "$out"
            for f in "${files[@]:$i:4}"; do tail -n +2 "$f" >> "$out"; done
          done
        done
      fi
      for input in "$work/input-$scale" "$merged"; do
        for options in "" "-Xmx256m $cds"; do
          rm -f "$work/mem.duckdb"* "$work/mem.published.duckdb"
          load "$input" "$work/mem.duckdb" "$work/mem.time" "$options"
          echo "scale $scale, $(find "$input" -name '*.csv' | wc -l) files ($(basename "$input")), java ${options:-(defaults)}: load $(secs "$work/mem.time") s, peak RSS $(rss_mb "$work/mem.time") MB; $(tail -1 "$work/mem.time.out")"
        done
      done
    done
    ;;
  incremental)
    # Five years of history, built a year at a time as a warehouse grows (a single run of a
    # five-year backfill stages every row before it merges; see BENCHMARKS.md), then three nights
    # applied one after the other, each also loaded into an empty warehouse.
    # bench/run.sh incremental [scale], default scale 1; BENCHMARKS.md's national figures use 16.
    scale=${2:-1}
    generate "$scale" 2013-01 2018-01 "$work/input-$scale-6y"
    history="$work/history-$scale.duckdb"
    published="$work/history-$scale.published.duckdb"
    if [ ! -f "$history.pristine" ]; then
      rm -f "$history"* "$published"
      for year in 2013 2014 2015 2016 2017; do
        y="$work/input-$scale-$year"; rm -rf "$y"
        (cd "$work/input-$scale-6y" && find . -name "$year-*.csv" -o -name units.csv -o -name targets.csv) |
          while read -r f; do mkdir -p "$y/$(dirname "$f")"; ln -f "$work/input-$scale-6y/$f" "$y/$f"; done
        load "$y" "$history" "$work/history-$scale-$year.time"
        echo "history $year: $(rows_of "$y") rows, $(secs "$work/history-$scale-$year.time") s, peak RSS $(rss_mb "$work/history-$scale-$year.time") MB; $(grep -o 'copy [0-9]* ms, [a-z ,0-9]*' "$work/history-$scale-$year.time.out")"
      done
      # pristine copies (cp -p keeps the modification time the warehouse recorded for its copy)
      cp -p "$history" "$history.pristine"; cp -p "$published" "$published.pristine"
    fi
    cp -p "$history.pristine" "$history"; cp -p "$published.pristine" "$published"; rm -f "$history.wal"
    echo "five years at scale $scale: $(du -m "$history" | cut -f1) MB warehouse, $(du -m "$published" | cut -f1) MB analysts' copy"
    for day in 02 03 04; do
      delta="$work/delta-$scale-$day"; rm -rf "$delta"
      for f in "$work/input-$scale-6y"/*/2018-01.csv; do
        extract=$(basename "$(dirname "$f")")
        # a night: that day's rows; staffing is a monthly file, delivered with the first night
        if [ "$extract" = staffing ]; then
          [ "$day" = 02 ] && { mkdir -p "$delta/$extract"; cp "$f" "$delta/$extract/"; }
        else
          mkdir -p "$delta/$extract"
          awk -v d=";2018-01-$day" 'FNR == 1 || index($0, d)' "$f" > "$delta/$extract/night-2018-01-$day.csv"
        fi
      done
      load "$delta" "$history" "$work/night-$day.time"
      rm -f "$work/empty-$day.duckdb"*
      load "$delta" "$work/empty-$day.duckdb" "$work/empty-$day.time"
      h=$(secs "$work/night-$day.time"); e=$(secs "$work/empty-$day.time")
      echo "night 2018-01-$day ($(rows_of "$delta") rows): into five years $h s, peak RSS $(rss_mb "$work/night-$day.time") MB; into an empty warehouse $e s; ratio $(echo "scale=2; $h / $e" | bc)"
      grep -oE 'Recomputed [^,]*, [0-9]+ periods|in [0-9]+ ms$|copy [0-9]+ ms, [a-z ,0-9]*' "$work/night-$day.time.out" | sed 's/^/  /' || true
    done
    s=$(startup)
    /usr/bin/time -v java $cds -jar "$jar" indicators --warehouse "$history" >"$work/indicators.out" 2>"$work/indicators.time"
    i=$(secs "$work/indicators.time")
    echo "indicators over five years: $i s wall, of which start-up ≈ $s s; work ≈ $(echo "$i - $s" | bc) s; peak RSS $(rss_mb "$work/indicators.time") MB"
    grep -oE 'Disclosure control: .*|Recomputed .*' "$work/indicators.out" | sed 's/^/  /' || true
    /usr/bin/time -v java $cds -jar "$jar" report --year 2017 --warehouse "$history" --output "$work/report" >/dev/null 2>"$work/report.time"
    echo "report --year 2017: $(secs "$work/report.time") s wall, peak RSS $(rss_mb "$work/report.time") MB"
    for target in "$history" "$published"; do
      /usr/bin/time -v java $cds -jar "$jar" explain HR_SICK_LEAVE_PCT --period 2017 --warehouse "$target" >/dev/null 2>"$work/explain.time"
      echo "explain HR_SICK_LEAVE_PCT 2017 on $(basename "$target"): $(secs "$work/explain.time") s wall"
    done
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
    for round in $(seq "${ROUNDS:-1}"); do  # ROUNDS=n: n interleaved rounds of the three
      rm -f "$work/load.duckdb"* "$work/nyckeltal.duckdb"
      load "$input" "$work/load.duckdb" "$work/load.time"
      native "$input" "$work/native.duckdb" "$work/native.time"
      plain "$input" "$work/plain.duckdb" "$work/plain.time"
      l=$(secs "$work/load.time"); n=$(secs "$work/native.time"); p=$(secs "$work/plain.time")
      echo "scale $scale: $rows rows; load average $(cut -d' ' -f1-3 /proc/loadavg)"
      echo "nyckeltal load: $l s ($(echo "$rows / $l" | bc) rows/s), peak RSS $(rss_mb "$work/load.time") MB"
      grep -oE 'Step: \[[a-zA-Z]+\] executed in [0-9a-z]+|checkpoint [0-9]+ ms, copy [0-9]+ ms' "$work/load.time.out" | sed 's/^/  /' || true
      echo "native read_csv + same SQL: $n s ($(echo "$rows / $n" | bc) rows/s), peak RSS $(rss_mb "$work/native.time") MB; $(tail -1 "$work/native.time.out")"
      echo "plain read_csv into typed tables: $p s, peak RSS $(rss_mb "$work/plain.time") MB"
      echo "ratio load / native: $(echo "scale=2; $l / $n" | bc); load / plain read_csv: $(echo "scale=2; $l / $p" | bc)"
    done
    ;;
esac
