// bench/queries: proves that the engines computed the same thing (every "result" identical to
// the first file's), then prints their median times as a markdown table, with each engine's
// ratio to the first file's. Exits 1 when any result differs; the table is printed anyway.
//
// Usage: node compare.mjs a.json b.json [c.json…]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const files = process.argv.slice(2);
if (files.length < 2) {
  console.error('usage: node compare.mjs a.json b.json [c.json…]');
  process.exit(2);
}
const runs = files.map((file) => ({ file, ...JSON.parse(readFileSync(file, 'utf8')) }));
const names = runs.map((run) => run.engine);
for (const run of runs) {
  const twins = names.filter((name) => name === run.engine).length;
  if (twins > 1) run.engine += ` (${basename(run.file)})`;
}

const shown = (value) => {
  const text = JSON.stringify(value);
  return text === undefined ? 'nothing' : text.length > 120 ? `${text.slice(0, 117)}…` : text;
};

// Every place where b differs from a, as [path, a's value, b's value]; deep, exact (no
// tolerance: the same data must give the same doubles).
function differences(a, b, path, found) {
  const kind = (value) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);
  if (kind(a) !== kind(b)) {
    found.push([path, a, b]);
  } else if (kind(a) === 'array') {
    if (a.length !== b.length) found.push([`${path}.length`, a.length, b.length]);
    for (let i = 0; i < Math.min(a.length, b.length); ++i) {
      differences(a[i], b[i], `${path}[${i}]`, found);
    }
  } else if (kind(a) === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      differences(a[key], b[key], `${path}.${key}`, found);
    }
  } else if (a !== b) {
    found.push([path, a, b]);
  }
  return found;
}

const queryIds = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8'];
let agree = true;
const [reference, ...others] = runs;
for (const other of others) {
  const found = differences(reference.pageViews, other.pageViews, 'pageViews', []);
  for (const id of queryIds) {
    differences(reference.queries?.[id]?.result, other.queries?.[id]?.result, id, found);
  }
  if (found.length === 0) continue;
  agree = false;
  console.error(`${other.engine} differs from ${reference.engine} in ${found.length} place(s):`);
  for (const [path, a, b] of found.slice(0, 20)) {
    console.error(`  ${path}: ${reference.engine} ${shown(a)}, ${other.engine} ${shown(b)}`);
  }
  if (found.length > 20) console.error(`  … and ${found.length - 20} more`);
}
if (agree) console.error(`all ${runs.length} engines agree on every result`);

function median(values) {
  if (!Array.isArray(values) || values.length === 0) return undefined;
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const queryMedian = (run, id) => median(run.queries?.[id]?.ms);

// An engine that answers the dashboard as one batch says so with top-level "dashboard" and
// "filterChange" timings; otherwise the refresh costs the sum of its queries.
function dashboard(run) {
  if (run.dashboard) return median(run.dashboard.ms);
  const parts = ['Q1', 'Q2', 'Q3', 'Q4', 'Q6', 'Q8'].map((id) => queryMedian(run, id));
  return parts.includes(undefined) ? undefined : parts.reduce((sum, ms) => sum + ms, 0);
}

const filterChange = (run) => (run.filterChange
  ? median(run.filterChange.ms) : queryMedian(run, 'Q5'));

function figure(value, unit = '') {
  if (value === undefined || !Number.isFinite(value)) return '—';
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
  const format = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return value.toLocaleString('en-US', format) + unit;
}

const rows = [
  ...queryIds.map((id) => [id, (run) => queryMedian(run, id)]),
  ['dashboard refresh (Q1+Q2+Q3+Q4+Q6+Q8)', dashboard],
  ['filter change (Q5)', filterChange],
];
const header = ['query', ...runs.map((run) => `${run.engine} (ms)`),
  ...others.map((run) => `${run.engine} / ${reference.engine}`)];
console.log(`${runs[0].pageViews.toLocaleString('en-US')} page views, warm, median ms`);
console.log('');
console.log(`| ${header.join(' | ')} |`);
console.log(`|---|${header.slice(1).map(() => '---:').join('|')}|`);
for (const [label, measure] of rows) {
  const medians = runs.map(measure);
  const ratios = medians.slice(1).map((ms) => figure(ms / medians[0], '×'));
  console.log(`| ${[label, ...medians.map((ms) => figure(ms)), ...ratios].join(' | ')} |`);
}
const loads = runs.filter((run) => typeof run.loadMs === 'number');
if (loads.length > 0) {
  console.log('');
  console.log(`load: ${loads.map((run) => `${run.engine} ${figure(run.loadMs)} ms`).join(', ')}`);
}
for (const run of runs.filter((r) => typeof r.rssMb === 'number')) {
  console.log(`${run.engine} resident after open: ${figure(run.rssMb)} MB ` +
    `(peak ${figure(run.peakRssMb)} MB, after the queries ${figure(run.rssAfterQueriesMb)} MB)`);
}
process.exit(agree ? 0 : 1);
