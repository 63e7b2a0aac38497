#!/usr/bin/env bash
# bench/gui: click → repaint on every page of a large store, and the longest GUI-thread stall
# during those refreshes and during a 1M page-view import the window follows.
# Usage: bench/gui/run.sh [BUILD_DIR] [STORE] [RUNS]
# STORE defaults to the 10M store bench/queries/run.sh makes; the import data to the 1M
# page-view NDJSON bench/ingest/run.sh makes (generated here when missing).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/release}
store=${2:-$build/bench-queries/store-10000000.rumscope}
runs=${3:-3}
work=$build/bench-gui
mkdir -p "$work"
data=$build/bench-ingest/traffic-285000.ndjson
if [ ! -s "$data" ]; then
  mkdir -p "$(dirname "$data")"
  "$build/bin/rumscope-cli" generate --sessions 285000 --seed 7 --days 30 \
    --end 2026-11-01T00:00:00Z -o "$data"
fi
[ -s "$store" ] || { echo "no store at $store: run bench/queries/run.sh first" >&2; exit 2; }
rm -f "$work"/import.rumscope*
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$work/config "$build/bin/bench_gui" "$store" "$runs" \
  --import "$data" "$work/import.rumscope"
