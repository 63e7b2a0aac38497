#!/usr/bin/env bash
# bench/collector: rumscope-cli serve under load on 127.0.0.1, bounded in count and time, and
# proof that nothing acknowledged was lost (acknowledged beacons == page views in the store).
# Usage: bench/collector/run.sh [BUILD_DIR] [RUNS] [CONNECTIONS] [BEACONS] [SECONDS]
# Environment: SDK=1 posts the captured SDK beacons of tests/data/fixtures instead of canonical
# page views; READ_TOKEN=T runs the collector with a feed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/release}
runs=${2:-3}
connections=${3:-32}
beacons=${4:-200000}
seconds=${5:-20}
work=$build/bench-collector
mkdir -p "$work"
for run in $(seq "$runs"); do
  extra=()
  [ -n "${SDK:-}" ] && extra+=(--sdk-fixtures "$here/../../tests/data/fixtures")
  [ -n "${READ_TOKEN:-}" ] && extra+=(--read-token "$READ_TOKEN")
  "$build/bin/bench_collector" "$build/bin/rumscope-cli" "$work/load.rumscope" \
    --connections "$connections" --beacons "$beacons" --seconds "$seconds" "${extra[@]}" 2>/dev/null |
    { [ "$run" -eq 1 ] && cat || tail -n 1; }
done
