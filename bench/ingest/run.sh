#!/usr/bin/env bash
# bench/ingest: generate ~1M page views of canonical NDJSON, import them into a fresh store
# RUNS times (default 3), and report records/s and peak RSS (median of the runs). Then time the Overview
# on the resulting store. Usage: bench/ingest/run.sh [BUILD_DIR] [SESSIONS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/release}
sessions=${2:-285000}
cli=$build/bin/rumscope-cli
work=$build/bench-ingest
mkdir -p "$work"
command -v /usr/bin/time >/dev/null || apt-get install -y -q time >/dev/null

data=$work/traffic-$sessions.ndjson
if [ ! -s "$data" ]; then
  echo "generating $sessions sessions…"
  /usr/bin/time -f "generate: %e s, peak RSS %M KiB" \
    "$cli" generate --sessions "$sessions" --seed 7 --days 30 --end 2026-11-01T00:00:00Z -o "$data"
fi
lines=$(wc -l < "$data")
bytes=$(stat -L -c %s "$data")
echo "data: $lines records, $((bytes / 1048576)) MiB"

rates=(); rss=()
for run in $(seq 1 "${RUNS:-3}"); do
  rm -f "$work/store.rumscope"*
  start=$(date +%s.%N)
  /usr/bin/time -o "$work/time.txt" -f "%M" "$cli" import --store "$work/store.rumscope" "$data" > /dev/null
  end=$(date +%s.%N)
  secs=$(awk "BEGIN { print $end - $start }")
  rate=$(awk "BEGIN { printf \"%d\", $lines / $secs }")
  rates+=("$rate"); rss+=("$(cat "$work/time.txt")")
  echo "run $run: $(printf %.2f "$secs") s, $rate records/s, peak RSS $(( $(cat "$work/time.txt") / 1024 )) MiB"
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "median: $(median "${rates[@]}") records/s, peak RSS $(( $(median "${rss[@]}") / 1024 )) MiB"
echo "store: $(( $(stat -c %s "$work/store.rumscope") / 1048576 )) MiB"
"$build/bin/bench_overview" "$work/store.rumscope" 5
