#!/usr/bin/env bash
# bench/queries: the reference dashboard queries Q1–Q8 (shared/perf/QUERIES.md) answered by
# rumscope's engine (bin/bench_queries, when built), by SQLite on the store and by DuckDB on the
# same data exported as CSV, in one run. compare.mjs then proves that all answers are identical
# and prints the medians; the JSONs and the table stay in BUILD_DIR/bench-queries/<size>/.
#
# Usage: bench/queries/run.sh [BUILD_DIR] [PAGEVIEWS…]   (default build/release, 1000000 10000000)
# Environment: RUNS        timed runs per query (default 5), after one untimed
#              SQLITE_RUNS the same for SQLite (default 3; 1 from 5M page views on, where one
#                          SQLite query takes tens of seconds)
#              PERCENTILE  standard (default): the p75 is the value at rank ceil(n·p)−1, SQL's
#                          PERCENTILE_DISC, DuckDB's own quantile_disc and rumscope's definition;
#                          lower: at floor((n−1)·p), the rule DESIGN.md first wrote down
# Generated stores are kept (BUILD_DIR/bench-queries/store-<size>.rumscope) and reused.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build/release}" && pwd)
if [ $# -gt 1 ]; then sizes=("${@:2}"); else sizes=(1000000 10000000); fi
runs=${RUNS:-5}
percentile=${PERCENTILE:-standard}
work=$build/bench-queries
cli=$build/bin/rumscope-cli
sqlite=$build/bin/bench_queries_sqlite
for binary in "$cli" "$sqlite"; do
  if [ ! -x "$binary" ]; then
    echo "$binary is missing: build the targets rumscope-cli and bench_queries_sqlite first" >&2
    exit 1
  fi
done
mkdir -p "$work"

# DuckDB runs in node; its npm package ships the engine. The version is pinned because DuckDB's
# quantile_disc has changed meaning between releases. Debian 12's node 18 runs it.
duckdb_version=${DUCKDB_NODE_API:-1.5.6-r.1}
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt-get update -q >/dev/null
  command -v node >/dev/null || apt-get install -y -q nodejs >/dev/null
  command -v npm >/dev/null || apt-get install -y -q npm >/dev/null
fi
node_prefix=$work/node
installed=$(node -p "require('$node_prefix/node_modules/@duckdb/node-api/package.json').version" \
  2>/dev/null || true)
if [ "$installed" != "$duckdb_version" ]; then
  npm install --prefix "$node_prefix" --no-audit --no-fund "@duckdb/node-api@$duckdb_version" >&2
fi
export NODE_PATH=$node_prefix/node_modules

status=0
for size in "${sizes[@]}"; do
  out=$work/$size
  store=$work/store-$size.rumscope
  mkdir -p "$out"
  echo "== $size page views"

  if [ ! -f "$store" ]; then
    # rumscope-cli generate makes ~3.5 page views per session (1,014,993 from 290,000).
    sessions=$(( (size * 2 + 3) / 7 ))
    echo "generating $sessions sessions into $store…"
    rm -f "$store.partial"*
    start=$SECONDS
    "$cli" generate --sessions "$sessions" --seed 7 --days 30 --end 2026-11-01T00:00:00Z -o - \
      | "$cli" import --store "$store.partial" - >/dev/null
    if [ -s "$store.partial-wal" ]; then
      echo "the import left a write-ahead log: $store.partial is not complete" >&2
      exit 1
    fi
    rm -f "$store.partial-wal" "$store.partial-shm"
    mv "$store.partial" "$store"
    echo "generated and imported in $((SECONDS - start)) s"
  fi

  csv=$out/csv
  if [ ! -f "$csv/pageviews.csv" ] || [ ! -f "$csv/errors.csv" ] \
    || [ "$store" -nt "$csv/pageviews.csv" ]; then
    start=$SECONDS
    "$sqlite" export "$store" "$csv"
    echo "exported CSV in $((SECONDS - start)) s: $(du -sh "$csv" | cut -f1)"
  fi

  # Q7's session is the one with the most page views; Q5's filter is the busiest country,
  # mobile, and the last 7 whole days of data.
  mapfile -t picked < <("$sqlite" pick "$store")
  [ ${#picked[@]} -eq 4 ] || exit 1
  args=(--session "${picked[0]}" --country "${picked[1]}" --from "${picked[2]}" --to "${picked[3]}")
  echo "session ${picked[0]}, country ${picked[1]}, from ${picked[2]} to ${picked[3]}"
  sqlite_runs=${SQLITE_RUNS:-3}
  if [ "$size" -ge 5000000 ]; then sqlite_runs=${SQLITE_RUNS:-1}; fi

  jsons=()
  rm -f "$out/rumscope.json"
  if [ -x "$build/bin/bench_queries" ]; then
    start=$SECONDS
    # A first open reads the store (and saves the column snapshot); the timed run opens again.
    "$build/bin/bench_queries" "$store" --open-only --fresh > "$out/rumscope-first-open.json"
    echo "rumscope first open: $(cat "$out/rumscope-first-open.json")"
    "$build/bin/bench_queries" "$store" --runs "$runs" "${args[@]}" > "$out/rumscope.json"
    echo "rumscope: $((SECONDS - start)) s"
    jsons+=("$out/rumscope.json")
  fi
  start=$SECONDS
  "$sqlite" run "$store" --runs "$sqlite_runs" --percentile "$percentile" "${args[@]}" \
    > "$out/sqlite.json"
  echo "sqlite: $((SECONDS - start)) s"
  jsons+=("$out/sqlite.json")
  start=$SECONDS
  node "$here/duckdb_queries.mjs" --csv "$csv" --db "$out/duckdb.db" --runs "$runs" \
    --percentile "$percentile" "${args[@]}" > "$out/duckdb.json"
  echo "duckdb: $((SECONDS - start)) s"
  jsons+=("$out/duckdb.json")

  echo
  node "$here/compare.mjs" "${jsons[@]}" | tee "$out/table.md" || status=1
  echo
done
exit $status
