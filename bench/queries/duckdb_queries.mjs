// bench/queries, DuckDB's side: loads the CSVs that `bench_queries_sqlite export` wrote into a
// DuckDB file (timed: loadMs), answers Q1–Q8 of shared/perf/QUERIES.md with DuckDB's SQL, warm
// (one untimed run, then N timed), and prints the results JSON that compare.mjs reads.
//
// Usage: node duckdb_queries.mjs --csv OUTDIR --db FILE --runs N --session SESSION_ID
//          --country C --from MS --to MS [--percentile lower|standard]
// @duckdb/node-api is looked up through NODE_PATH too, since run.sh installs it in the build
// folder rather than beside this file.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { DuckDBInstance } = require('@duckdb/node-api');

function usage() {
  console.error('usage: node duckdb_queries.mjs --csv OUTDIR --db FILE --runs N --session ID'
    + ' --country C --from MS --to MS [--percentile lower|standard]');
  process.exit(2);
}

function parseArguments(argv) {
  const options = { runs: '5', percentile: 'standard' };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    const known = ['csv', 'db', 'runs', 'session', 'country', 'from', 'to', 'percentile'];
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined || !known.includes(name)) {
      usage();
    }
    options[name] = argv[i + 1];
  }
  for (const name of ['csv', 'db', 'session', 'country', 'from', 'to']) {
    if (options[name] === undefined) usage();
  }
  if (!/^[1-9]\d*$/.test(options.runs) || !/^-?\d+$/.test(options.from)
      || !/^-?\d+$/.test(options.to) || !['lower', 'standard'].includes(options.percentile)) {
    usage();
  }
  return {
    ...options,
    runs: Number(options.runs),
    params: {
      session: options.session, country: options.country,
      from: BigInt(options.from), to: BigInt(options.to),
    },
  };
}

const options = parseArguments(process.argv.slice(2));

// The p75 expression. `standard` is DuckDB's own quantile_disc, which (in 1.5.6; older releases
// differed) takes the element at 0-based rank ceil(n·p)−1, like SQL's PERCENTILE_DISC, and so does
// rumscope. `lower`, the element at floor((n−1)·p) that DESIGN.md first wrote down, has no
// aggregate in DuckDB: it sorts the values and indexes them, at about twice quantile_disc's cost.
function p75(column) {
  if (options.percentile === 'standard') return `quantile_disc(${column}, 0.75)`;
  return `list_sort(list(${column}) FILTER (WHERE ${column} IS NOT NULL))`
    + `[floor((count(${column}) - 1) * 0.75)::BIGINT + 1]`;
}

const sqlText = (text) => `'${text.replaceAll("'", "''")}'`;

const pageViewColumns = {
  ts: 'BIGINT', session: 'VARCHAR', view_id: 'VARCHAR', url: 'VARCHAR', route: 'VARCHAR',
  country: 'VARCHAR', browser: 'VARCHAR', os: 'VARCHAR', device_type: 'VARCHAR',
  connection_type: 'VARCHAR', lcp: 'DOUBLE', inp: 'DOUBLE', cls: 'DOUBLE', fcp: 'DOUBLE',
  ttfb: 'DOUBLE',
};
const errorColumns = {
  ts: 'BIGINT', session: 'VARCHAR', view_id: 'VARCHAR', message: 'VARCHAR',
  fingerprint: 'VARCHAR',
};

// Types are given, not sniffed: a sniffed DECIMAL or a VARCHAR'd number would change results.
// An empty field is NULL and "" is an empty text, as the exporter writes them.
function loadSql(table, file, columns) {
  const types = Object.entries(columns).map(([name, type]) => `${name}: '${type}'`).join(', ');
  return `CREATE TABLE ${table} AS SELECT * FROM read_csv(${sqlText(file)}, header = true,`
    + ` delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false,`
    + ` columns = {${types}})`;
}

const filter = ` WHERE country = $country AND device_type = 'mobile'`
  + ` AND ts >= $from AND ts < $to`;

const perDay = (where) => ({
  rows: `SELECT ts // 86400000 * 86400000 AS day, count(*), ${p75('lcp')} FROM pageviews${where}`
    + ' GROUP BY day ORDER BY day',
});

const perValue = (column, where) => ({
  rows: `SELECT coalesce(${column}, '') AS v, count(*), ${p75('lcp')} FROM pageviews${where}`
    + ' GROUP BY v ORDER BY v',
});

const technology = (where) => ({
  browser: perValue('browser', where),
  os: perValue('os', where),
  device_type: perValue('device_type', where),
});

const session = ' WHERE session = $session ORDER BY 1, 2';

// Each query's result shape: {rows: SQL} is an array of row arrays, {object: SQL} the one row
// keyed by column name, and any other object holds named parts.
const queries = {
  Q1: {
    object: `SELECT ${p75('lcp')} AS lcp, ${p75('inp')} AS inp, ${p75('cls')} AS cls,`
      + ` ${p75('fcp')} AS fcp, ${p75('ttfb')} AS ttfb FROM pageviews`,
  },
  Q2: perDay(''),
  Q3: perValue('country', ''),
  Q4: technology(''),
  Q5: { Q2: perDay(filter), Q3: perValue('country', filter), Q4: technology(filter) },
  Q6: {
    // Grouped as rumscope groups errors: by fingerprint, else by message.
    rows: "SELECT coalesce(nullif(fingerprint, ''), message, '') AS k, count(*) AS n,"
      + ' count(DISTINCT session) FROM errors GROUP BY k ORDER BY n DESC, k LIMIT 50',
  },
  Q7: {
    pageViews: { rows: `SELECT ts, coalesce(view_id, '') FROM pageviews${session}` },
    errors: { rows: `SELECT ts, coalesce(message, '') FROM errors${session}` },
  },
  Q8: {
    object: 'SELECT count(*) FILTER (WHERE lcp <= 2500) AS good,'
      + ' count(*) FILTER (WHERE lcp > 2500 AND lcp <= 4000) AS ni,'
      + ' count(*) FILTER (WHERE lcp > 4000) AS poor FROM pageviews',
  },
};

// BIGINTs arrive as BigInt; every count and timestamp here fits a double exactly.
function plain(value) {
  if (typeof value !== 'bigint') return value;
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new Error(`${value} does not fit a JSON number exactly`);
  }
  return Number(value);
}

async function answer(connection, shape) {
  const sql = shape.rows ?? shape.object;
  if (sql === undefined) {
    const parts = {};
    for (const [name, part] of Object.entries(shape)) parts[name] = await answer(connection, part);
    return parts;
  }
  const values = {};
  for (const [, name] of sql.matchAll(/\$(\w+)/g)) values[name] = options.params[name];
  const reader = await connection.runAndReadAll(sql, values);
  const rows = reader.getRows().map((row) => row.map(plain));
  if (shape.rows !== undefined) return rows;
  if (rows.length !== 1) throw new Error(`expected one row from: ${sql}`);
  return Object.fromEntries(reader.columnNames().map((name, i) => [name, rows[0][i]]));
}

async function main() {
  for (const file of [options.db, `${options.db}.wal`]) rmSync(file, { force: true });
  const instance = await DuckDBInstance.create(options.db);
  const connection = await instance.connect();

  const loadStart = performance.now();
  await connection.run(loadSql('pageviews', join(options.csv, 'pageviews.csv'), pageViewColumns));
  await connection.run(loadSql('errors', join(options.csv, 'errors.csv'), errorColumns));
  await connection.run('CHECKPOINT');
  const loadMs = Math.round((performance.now() - loadStart) * 1000) / 1000;
  const pageViews = plain((await connection.runAndReadAll('SELECT count(*) FROM pageviews'))
    .getRows()[0][0]);
  console.error(`duckdb load: ${loadMs.toFixed(0)} ms, ${pageViews} page views`);

  const results = { engine: 'duckdb', pageViews, loadMs, queries: {} };
  for (const [id, shape] of Object.entries(queries)) {
    const first = await answer(connection, shape);
    const firstJson = JSON.stringify(first);
    const ms = [];
    for (let run = 1; run <= options.runs; ++run) {
      const start = performance.now();
      const again = await answer(connection, shape);
      ms.push(Math.round((performance.now() - start) * 1000) / 1000);
      if (JSON.stringify(again) !== firstJson) {
        throw new Error(`${id} answered differently on run ${run}`);
      }
    }
    console.error(`duckdb ${id}: ${ms.map((each) => each.toFixed(1)).join(' ')} ms`);
    results.queries[id] = { ms, result: first };
  }
  connection.closeSync();
  instance.closeSync();
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

await main();
