// Drives real browser RUM SDKs in a real headless Chromium against a rumscope collector.
//
//   node drive.mjs --collector http://127.0.0.1:PORT --modules BUILD/e2e/node_modules
//                  [--work DIR] [--sdk NAME]...
//
// Serves a small test site on 127.0.0.1 (another port than the collector, so its requests are
// cross-origin and the CORS preflights are real): for each SDK two pages loading that SDK from the
// npm packages in --modules, the shared behaviour of site/app.js, and /api endpoints (one slow, one
// answering 404). Then, for each SDK, in a fresh Chromium profile, it loads the first page, clicks
// a button that keeps the main thread busy, one whose fetch fails with 404 and one that throws an
// uncaught Error, makes an SPA route change (pushState), follows a link to the second page, clicks
// there too, and closes the page with its unload events, and waits until the collector has been
// quiet for a while (its /metrics). Nothing leaves 127.0.0.1: names resolve to nothing but
// 127.0.0.1, and a dead proxy takes anything else.
//
// Progress goes to standard error; a JSON summary of what each SDK sent (method, path and status
// of every request to the collector that the browser saw, failures, page errors) to standard
// output. Exits 0 when every SDK's script ran through, 1 when one failed, 2 on a usage error.

import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const started = Date.now();

function log(message) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(5);
  process.stderr.write(`[drive ${seconds}s] ${message}\n`);
}

function usage(message) {
  process.stderr.write(`drive.mjs: ${message}\n`);
  process.exit(2);
}

// ---- arguments ----------------------------------------------------------------------------------

const options = { collector: process.env.RUMSCOPE_COLLECTOR ?? '', modules: '', work: '', sdks: [] };
for (let i = 2; i < process.argv.length; ++i) {
  const arg = process.argv[i];
  const value = () => {
    if (i + 1 >= process.argv.length) usage(`${arg} wants a value`);
    return process.argv[++i];
  };
  if (arg === '--collector') options.collector = value();
  else if (arg === '--modules') options.modules = value();
  else if (arg === '--work') options.work = value();
  else if (arg === '--sdk') options.sdks.push(value());
  else usage(`unknown argument ${arg}`);
}
if (!/^http:\/\/127\.0\.0\.1:[0-9]+$/.test(options.collector))
  usage('--collector wants http://127.0.0.1:PORT');
if (!options.modules) usage('--modules wants the node_modules folder of tests/e2e/package.json');

const CHROMIUM = '/usr/bin/chromium';
/// What one SDK's script may take at most: about 12 s of actions, at most 20 s of waiting for
/// the collector to fall quiet, and the browser's start.
const SDK_DEADLINE_S = 45;
const require = createRequire(path.join(path.resolve(options.modules), 'noop.js'));
let playwright;
let esbuild;
try {
  playwright = require('playwright-core');
  esbuild = require('esbuild');
} catch (error) {
  process.stderr.write(
    `drive.mjs: the npm packages are missing in ${options.modules} (${error.message.split('\n')[0]}); ` +
      'bash scripts/install-e2e-deps installs them\n');
  process.exit(1);
}
const modulePath = (name) => path.join(path.resolve(options.modules), name);

// ---- the site -----------------------------------------------------------------------------------

/// A solid PNG of the given size: the hero image (the LCP element) and the SPA view's picture.
function png(width, height, [r, g, b]) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; ++k) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; ++x) row.set([r, g, b], 1 + x * 3);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const images = {
  '/static/hero.png': png(900, 320, [30, 90, 160]),
  '/static/detail.png': png(320, 160, [200, 120, 40]),
  '/static/thumb.png': png(160, 120, [60, 160, 90]),
};

const css = `body { font: 16px/1.4 sans-serif; margin: 0; }
main { padding: 16px 24px; }
.banner { background: #ffd54f; padding: 24px; font-weight: bold; }
button { margin: 4px; padding: 8px 16px; }
img { display: block; margin: 8px 0; }
`;

/// The SDK files a page may load, by the path the site serves them under.
const sdkFiles = {
  '/sdk/web-vitals.iife.js': 'web-vitals/dist/web-vitals.iife.js',
  '/sdk/faro-web-sdk.iife.js': '@grafana/faro-web-sdk/dist/bundle/faro-web-sdk.iife.js',
  '/sdk/faro-web-tracing.iife.js': '@grafana/faro-web-tracing/dist/bundle/faro-web-tracing.iife.js',
  '/sdk/elastic-apm-rum.umd.min.js': '@elastic/apm-rum/dist/bundles/elastic-apm-rum.umd.min.js',
};
// boomerang's npm package is its unbuilt source: the loader and the plugins as separate files,
// included in the order of its plugins.json ("the simple synchronous way" of its README).
const boomerangPlugins = [
  'continuity', 'auto-xhr', 'spa', 'history', 'rt', 'painttiming', 'navtiming', 'restiming',
  'mobile', 'memory', 'compression', 'errors', 'eventtiming', 'zzz-last-plugin',
];
for (const plugin of boomerangPlugins)
  sdkFiles[`/sdk/boomerang/${plugin}.js`] = `boomerangjs/plugins/${plugin}.js`;

/// What each SDK's pages carry in <head>: the SDK and its setup, configured as its docs show.
const sdkHeads = {
  'web-vitals': () => `<script src="/sdk/web-vitals.iife.js"></script>
<script src="/static/web-vitals-beacon.js"></script>`,

  boomerang: (collector) => `<script src="/sdk/boomerang/boomerang.js"></script>
${boomerangPlugins.map((p) => `<script src="/sdk/boomerang/${p}.js"></script>`).join('\n')}
<script>
BOOMR.init({
  beacon_url: ${JSON.stringify(collector + '/beacon')},
  autorun: false,
  site_domain: location.hostname,
  instrument_xhr: true,
  History: { enabled: true },
  AutoXHR: { monitorFetch: true },
  ResourceTiming: { enabled: true, clearOnBeacon: true },
  Continuity: { enabled: true, monitorLongTasks: true, monitorPageBusy: true,
                monitorFrameRate: true, monitorInteractions: true, monitorStats: true,
                afterOnload: true, afterOnloadMaxLength: 60000, afterOnloadMinWait: 5000,
                waitAfterOnload: false },
  Errors: { enabled: true, monitorGlobal: true, monitorNetwork: true, monitorConsole: true,
            monitorEvents: true, monitorTimeout: true, monitorRejections: true,
            sendAfterOnload: true, sendInterval: 1000 },
  EventTiming: { enabled: true }
});
</script>`,

  faro: (collector) => `<script src="/sdk/faro-web-sdk.iife.js"></script>
<script src="/sdk/faro-web-tracing.iife.js"></script>
<script>
GrafanaFaroWebSdk.initializeFaro({
  url: ${JSON.stringify(collector + '/collect/e2e-key')},
  app: { name: 'e2e-shop-faro', version: '1.0.0', environment: 'e2e' },
  sessionTracking: { enabled: true, persistent: true },
  trackResources: true,
  webVitalsInstrumentation: { trackAttributionSources: true },
  experimental: { trackNavigation: true },
  instrumentations: [
    ...GrafanaFaroWebSdk.getWebInstrumentations({ captureConsole: true }),
    new GrafanaFaroWebTracing.TracingInstrumentation()
  ]
});
</script>`,

  elastic: (collector) => `<script src="/sdk/elastic-apm-rum.umd.min.js"></script>
<script>
elasticApm.init({
  serviceName: 'e2e-shop-elastic',
  serviceVersion: '1.0.0',
  environment: 'e2e',
  serverUrl: ${JSON.stringify(collector)},
  apiVersion: 3,
  centralConfig: true,
  session: true,
  breakdownMetrics: true
});
</script>`,

  otel: (collector) => `<script src="/sdk/otel.js"></script>
<script>
E2EOtel.start({ collector: ${JSON.stringify(collector)}, serviceName: 'e2e-shop-otel' });
</script>`,
};
const allSdks = Object.keys(sdkHeads);

function page(sdk, collector, second) {
  const title = second ? 'Products' : 'Home';
  const content = second
    ? `<h1>Products (${sdk})</h1>
<p>Everything the E2E shop sells, on a second page of its own.</p>
<img id="thumb" src="/static/thumb.png" width="160" height="120" alt="Product">
<button id="compute">Compare prices</button>
<a id="home" href="./">Back to the shop</a>`
    : `<h1>The E2E shop (${sdk})</h1>
<img id="hero" src="/static/hero.png" width="900" height="320" alt="Hero">
<p>A small shop that real RUM SDKs watch while a headless Chromium clicks through it.</p>
<button id="compute">Compute</button>
<button id="reviews">Load reviews</button>
<button id="checkout">Checkout</button>
<button id="details">Details</button>
<a id="next" href="second.html">All products</a>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title} - E2E shop (${sdk})</title>
<script>window.E2E = { sdk: ${JSON.stringify(sdk)}, collector: ${JSON.stringify(collector)} };</script>
${sdkHeads[sdk](collector)}
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<main>
${content}
<div id="out"></div>
</main>
<script src="/static/app.js"></script>
</body>
</html>
`;
}

function serveSite({ collector, otelBundle }) {
  const boomerangVersion = JSON.parse(readFileSync(modulePath('boomerangjs/package.json'))).version;
  const files = {
    '/static/app.js': () => readFileSync(path.join(here, 'site/app.js')),
    '/static/web-vitals-beacon.js': () => readFileSync(path.join(here, 'site/web-vitals-beacon.js')),
    '/sdk/otel.js': () => otelBundle,
    // What boomerang's build stamps; without it every beacon says v=%boomerang_version%.
    '/sdk/boomerang/boomerang.js': () =>
      readFileSync(modulePath('boomerangjs/boomerang.js'), 'utf8')
        .replaceAll('%boomerang_version%', boomerangVersion),
  };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const send = (status, type, body, delay = 0) =>
      setTimeout(() => {
        response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
        response.end(body);
      }, delay);
    const p = url.pathname;
    const sdkPage = /^\/([a-z-]+)\/(index\.html|second\.html|details)?$/.exec(p);
    if (sdkPage && sdkHeads[sdkPage[1]])
      return send(200, 'text/html; charset=utf-8',
                  page(sdkPage[1], collector, sdkPage[2] === 'second.html'));
    if (p === '/api/reviews') return send(404, 'application/json', '{"error":"no reviews"}', 100);
    if (p === '/api/items')
      return send(200, 'application/json',
                  JSON.stringify([{ name: 'Kettle', price: 39 }, { name: 'Teapot', price: 25 }]), 400);
    if (p === '/static/site.css') return send(200, 'text/css', css);
    if (images[p]) return send(200, 'image/png', images[p], p === '/static/hero.png' ? 150 : 0);
    const type = 'text/javascript; charset=utf-8';
    if (files[p]) return send(200, type, files[p]());
    if (sdkFiles[p]) return send(200, type, readFileSync(modulePath(sdkFiles[p])));
    return send(404, 'text/plain', 'not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// ---- the collector's activity --------------------------------------------------------------------

async function collectorReceived() {
  const response = await fetch(`${options.collector}/metrics`, { signal: AbortSignal.timeout(2000) });
  const text = await response.text();
  const match = /^rumscope_collector_received_total\s+([0-9.e+]+)/m.exec(text);
  if (!match) throw new Error('the collector\'s /metrics have no rumscope_collector_received_total');
  return Number(match[1]);
}

/// Waits until the collector has received nothing for quietMs, at most maxMs.
async function waitForQuiet(quietMs, maxMs) {
  const end = Date.now() + maxMs;
  let last = await collectorReceived();
  let since = Date.now();
  while (Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await collectorReceived();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return true;
    }
  }
  return false;
}

// ---- the browser ---------------------------------------------------------------------------------

async function runSdk(sdk, site, work) {
  const result = { sdk, ok: false, requests: [], failed: [], pageErrors: [], console: 0, error: null };
  const profile = mkdtempSync(path.join(work, `profile-${sdk}-`));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    viewport: { width: 1280, height: 800 },
    timeout: 30000,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      '--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=127.0.0.1',
    ],
  });
  const toCollector = (request) => request.url().startsWith(options.collector + '/');
  const describe = (request) => {
    const url = new URL(request.url());
    return `${request.method()} ${url.pathname}`;
  };
  context.on('requestfinished', async (request) => {
    if (!toCollector(request)) return;
    const response = await request.response().catch(() => null);
    result.requests.push(`${describe(request)} ${response ? response.status() : '?'}`);
  });
  context.on('requestfailed', (request) => {
    if (toCollector(request))
      result.failed.push(`${describe(request)}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  const tab = context.pages()[0] ?? (await context.newPage());
  tab.setDefaultTimeout(15000);
  tab.on('pageerror', (error) => result.pageErrors.push(error.message));
  tab.on('console', () => ++result.console);

  // Between actions the pointer wanders over the page, as a person's does. This matters: after a
  // synthetic click headless Chromium runs no requestIdleCallback until the next input event,
  // and web-vitals (also inside Faro) handles interactions and finalises LCP in idle callbacks.
  let x = 200;
  const linger = async (ms) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      x = x >= 1000 ? 200 : x + 37;
      await tab.mouse.move(x, 700, { steps: 2 });
      await tab.waitForTimeout(100);
    }
  };
  const step = async (what, action, pauseMs) => {
    log(`${sdk}: ${what}`);
    await action();
    await linger(pauseMs);
  };
  const script = async () => {
    await step('load the home page', () => tab.goto(`${site}/${sdk}/`, { waitUntil: 'load' }), 1500);
    await step('click Compute (busy main thread)', () => tab.click('#compute'), 600);
    await step('click Load reviews (fetch answered 404)', () => tab.click('#reviews'), 800);
    await step('click Checkout (uncaught Error)', () => tab.click('#checkout'), 600);
    await step('click Details (SPA route change)', async () => {
      await tab.click('#details');
      await tab.waitForSelector('#details-view img');
    }, 1500);
    await step('follow the link to the second page', () =>
      Promise.all([tab.waitForURL(`${site}/${sdk}/second.html`, { waitUntil: 'load' }),
                   tab.click('#next')]), 1500);
    await step('click Compare prices (busy main thread)', () => tab.click('#compute'), 1000);
    log(`${sdk}: close the page (beforeunload, pagehide, unload)`);
    await tab.close({ runBeforeUnload: true });
    const quiet = await waitForQuiet(3000, 20000);
    log(`${sdk}: the collector is ${quiet ? 'quiet' : 'still busy after 20 s'}`);
  };

  let deadline;
  try {
    const running = script();
    running.catch(() => {}); // past the deadline, closing the browser makes it fail too
    await Promise.race([running, new Promise((_, reject) => {
      deadline = setTimeout(() => reject(new Error(`not done after ${SDK_DEADLINE_S} s`)),
                            SDK_DEADLINE_S * 1000);
    })]);
    result.ok = true;
  } catch (error) {
    result.error = String(error?.message ?? error).split('\n')[0];
    log(`${sdk}: FAILED: ${result.error}`);
  } finally {
    clearTimeout(deadline);
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
  log(`${sdk}: ${result.requests.length} requests to the collector seen, ${result.failed.length} failed, ` +
      `${result.pageErrors.length} page errors`);
  return result;
}

// ---- main ----------------------------------------------------------------------------------------

const sdks = options.sdks.length ? options.sdks : allSdks;
for (const sdk of sdks)
  if (!sdkHeads[sdk]) usage(`unknown SDK ${sdk} (known: ${allSdks.join(', ')})`);

const work = options.work || mkdtempSync(path.join(os.tmpdir(), 'rumscope-e2e-'));
let server;
let exitCode = 0;
try {
  await collectorReceived().catch((error) => {
    throw new Error(`the collector at ${options.collector} does not answer: ${error.message}`);
  });
  log('bundling the OpenTelemetry setup with esbuild');
  const bundle = await esbuild.build({
    entryPoints: [path.join(here, 'site/otel-entry.js')],
    bundle: true,
    format: 'iife',
    globalName: 'E2EOtel',
    platform: 'browser',
    target: 'es2020',
    nodePaths: [path.resolve(options.modules)],
    write: false,
    logLevel: 'error',
  });
  server = await serveSite({ collector: options.collector, otelBundle: bundle.outputFiles[0].contents });
  const site = `http://127.0.0.1:${server.address().port}`;
  log(`the site is at ${site}, the collector at ${options.collector}`);
  const results = [];
  for (const sdk of sdks) {
    const result = await runSdk(sdk, site, work);
    if (!result.ok) exitCode = 1;
    results.push(result);
  }
  const metrics = await fetch(`${options.collector}/metrics`).then((r) => r.text()).catch(() => '');
  process.stdout.write(
    JSON.stringify({ site, collector: options.collector, results, metrics }, null, 1) + '\n');
} catch (error) {
  log(`FAILED: ${error.stack ?? error}`);
  exitCode = 1;
} finally {
  server?.close();
  server?.closeAllConnections?.();
  if (!options.work) rmSync(work, { recursive: true, force: true });
}
log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(exitCode);
