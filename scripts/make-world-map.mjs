#!/usr/bin/env node
// make-world-map.mjs — builds resources/world/countries-110m.json, the country outlines of the
// world map, from world-atlas's countries-110m.json (Natural Earth 1:110m Admin 0 countries,
// public domain; world-atlas is ISC). Node 18+, no dependencies besides the npm packages
// world-atlas@2 and topojson-client@3, found under --modules DIR (a node_modules folder) or,
// without it, through NODE_PATH:
//
//   npm install --prefix /tmp/worldmap world-atlas@2 topojson-client@3
//   node scripts/make-world-map.mjs --modules /tmp/worldmap/node_modules
//
// Options: --modules DIR   node_modules folder holding the two packages
//          --out FILE      where to write (default: resources/world/countries-110m.json)
//
// Output: one JSON array, one country per line:
//   {"iso":"DE","name":"Germany","rings":[[lon0,lat0,lon1,lat1,...],...]}
// - iso: ISO 3166-1 alpha-2, mapped from the feature's numeric ISO 3166-1 id with the table
//   below (the full ISO 3166-1 list, taken from Debian's iso-codes 4.15.0). Features without an
//   id: Kosovo gets the user-assigned "XK" (what browsers and geo-IP databases report for it);
//   the others (N. Cyprus, Somaliland) get "" and keep their geometry, so they are drawn but
//   never match a metric. An id missing from the table stops the script.
// - name: world-atlas's (Natural Earth's short) name, unchanged, e.g. "Dem. Rep. Congo".
// - rings: every ring of every polygon of the country, exterior rings and holes alike, each a
//   flat [lon,lat,lon,lat,...] array in degrees (WGS84, longitude first), rounded to 2
//   decimals, closed (the last point repeats the first), consecutive duplicates removed after
//   rounding, at least 4 points (3 distinct). Orientation carries no meaning: fill each
//   country's rings together with the odd-even rule.
//
// Antimeridian. topojson-client returns rings that cross ±180° as they come (world-atlas has
// stitched Natural Earth's cut polygons back together): Fiji's Vanua Levu and Russia's
// Chukotka and Wrangel Island jump from +180 to -180 in the middle of a ring, and Antarctica's
// ring runs once around the pole and closes with a 360° jump. Every ring is first unwrapped
// (360° is added or subtracted so that consecutive longitudes differ by at most 180°).
// - A ring whose unwrapped longitudes end where they started but leave [-180,180] is clipped
//   (Sutherland–Hodgman, one vertical half-plane at a time) against each 360°-wide window it
//   reaches, [-540,-180], [-180,180] and [180,540], and each piece is shifted back into
//   [-180,180]. So Fiji, Russia and Wrangel Island become one ring on each side of the map,
//   with an edge lying on x = ±180. If a ring crossed one of those lines more than twice, the
//   clipped piece could hold zero-width "bridges" along the line; with odd-even filling they
//   cover no area. (At 1:110m no ring does.)
// - A ring whose unwrapped longitudes gain or lose 360° over one turn circles a pole
//   (Antarctica): it is rotated to start just after its jump and closed along the map's edge
//   at latitude ±90 (the pole it surrounds, by the sign of its mean latitude), in steps of 90°
//   of longitude; the result is then clipped as above, which leaves one ring from -180 to 180
//   whose bottom edge is the line lat = -90.
// Consecutive points of every output ring therefore never differ by more than 180° in
// longitude (at most 90°, along the pole, and about 9° elsewhere), and all lie in
// [-180,180] × [-90,90].
//
// Rings left with fewer than 3 distinct points or no area after rounding are dropped. At
// 1:110m that is only one, degenerate already in world-atlas: a ring of North Korea's whose
// 4 points are all the same.
//
// The script checks what it writes (unique iso codes, coordinate ranges, ring lengths, no
// longitude jump) and fails without writing if a check fails. It prints the file size and the
// number of countries.

import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ISO 3166-1 numeric (3 digits) followed by alpha-2, all 249 officially assigned codes.
const ISO_NUMERIC_TO_ALPHA2 = Object.fromEntries([
  '004AF 008AL 010AQ 012DZ 016AS 020AD 024AO 028AG 031AZ 032AR 036AU 040AT 044BS 048BH 050BD',
  '051AM 052BB 056BE 060BM 064BT 068BO 070BA 072BW 074BV 076BR 084BZ 086IO 090SB 092VG 096BN',
  '100BG 104MM 108BI 112BY 116KH 120CM 124CA 132CV 136KY 140CF 144LK 148TD 152CL 156CN 158TW',
  '162CX 166CC 170CO 174KM 175YT 178CG 180CD 184CK 188CR 191HR 192CU 196CY 203CZ 204BJ 208DK',
  '212DM 214DO 218EC 222SV 226GQ 231ET 232ER 233EE 234FO 238FK 239GS 242FJ 246FI 248AX 250FR',
  '254GF 258PF 260TF 262DJ 266GA 268GE 270GM 275PS 276DE 288GH 292GI 296KI 300GR 304GL 308GD',
  '312GP 316GU 320GT 324GN 328GY 332HT 334HM 336VA 340HN 344HK 348HU 352IS 356IN 360ID 364IR',
  '368IQ 372IE 376IL 380IT 384CI 388JM 392JP 398KZ 400JO 404KE 408KP 410KR 414KW 417KG 418LA',
  '422LB 426LS 428LV 430LR 434LY 438LI 440LT 442LU 446MO 450MG 454MW 458MY 462MV 466ML 470MT',
  '474MQ 478MR 480MU 484MX 492MC 496MN 498MD 499ME 500MS 504MA 508MZ 512OM 516NA 520NR 524NP',
  '528NL 531CW 533AW 534SX 535BQ 540NC 548VU 554NZ 558NI 562NE 566NG 570NU 574NF 578NO 580MP',
  '581UM 583FM 584MH 585PW 586PK 591PA 598PG 600PY 604PE 608PH 612PN 616PL 620PT 624GW 626TL',
  '630PR 634QA 638RE 642RO 643RU 646RW 652BL 654SH 659KN 660AI 662LC 663MF 666PM 670VC 674SM',
  '678ST 682SA 686SN 688RS 690SC 694SL 702SG 703SK 704VN 705SI 706SO 710ZA 716ZW 724ES 728SS',
  '729SD 732EH 740SR 744SJ 748SZ 752SE 756CH 760SY 762TJ 764TH 768TG 772TK 776TO 780TT 784AE',
  '788TN 792TR 795TM 796TC 798TV 800UG 804UA 807MK 818EG 826GB 831GG 832JE 833IM 834TZ 840US',
  '850VI 854BF 858UY 860UZ 862VE 876WF 882WS 887YE 894ZM',
].join(' ').split(' ').map((e) => [e.slice(0, 3), e.slice(3)]));

// Features world-atlas leaves without an id, by name.
const UNNUMBERED = { Kosovo: 'XK' };

function parseArgs(argv) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const out = path.join(here, '..', 'resources', 'world', 'countries-110m.json');
  const args = { modules: null, out };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--modules') args.modules = path.resolve(value());
    else if (a === '--out') args.out = path.resolve(value());
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/make-world-map.mjs [--modules DIR] [--out FILE]');
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  return args;
}

// require() that looks in --modules DIR, else in NODE_PATH (ES imports ignore NODE_PATH).
function loader(modulesDir) {
  if (modulesDir) return createRequire(path.join(modulesDir, 'noop.js'));
  return createRequire(import.meta.url);
}

// ---- geometry ------------------------------------------------------------------------------

// [[lon,lat],...] closed ring -> open list of points with longitudes unwrapped.
function unwrap(ring) {
  const pts = ring.slice(0, ring.length - 1).map(([x, y]) => [x, y]);
  for (let i = 1; i < pts.length; i++) {
    let x = pts[i][0];
    while (x - pts[i - 1][0] > 180) x -= 360;
    while (x - pts[i - 1][0] < -180) x += 360;
    pts[i][0] = x;
  }
  return pts;
}

// Longitude gained from the last point back to the first, once unwrapped
// (0, or ±360 around a pole).
function closingShift(pts) {
  const last = pts[pts.length - 1][0];
  let first = pts[0][0];
  while (first - last > 180) first -= 360;
  while (first - last < -180) first += 360;
  return first - pts[0][0];
}

// Sutherland–Hodgman against the half-plane keep(x) on an open point list (implicitly closed).
function clipX(pts, bound, keepAbove) {
  const inside = (p) => (keepAbove ? p[0] >= bound : p[0] <= bound);
  const out = [];
  for (let i = 0; i < pts.length; i++) {
    const cur = pts[i];
    const prev = pts[(i + pts.length - 1) % pts.length];
    const ci = inside(cur), pi = inside(prev);
    if (ci !== pi) {
      const t = (bound - prev[0]) / (cur[0] - prev[0]);
      out.push([bound, prev[1] + t * (cur[1] - prev[1])]);
    }
    if (ci) out.push(cur);
  }
  return out;
}

// One input ring -> one or more open rings with longitudes in [-180,180].
function splitRing(ring) {
  let pts = unwrap(ring);
  const shift = closingShift(pts);
  if (Math.abs(shift) > 1e-9) {
    // Circles a pole: start right after the jump, walk one full turn, close along the pole.
    let jump = 0; // index of the first point after the jump (0 when the closing segment jumps)
    for (let i = 1; i < ring.length; i++) {
      if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) { jump = i % (ring.length - 1); break; }
    }
    const raw = ring.slice(jump, ring.length - 1).concat(ring.slice(0, jump));
    pts = unwrap(raw.concat([raw[0]]));
    const endX = pts[0][0] + closingShift(pts); // the start point's longitude, one turn later
    const meanLat = pts.reduce((s, p) => s + p[1], 0) / pts.length;
    const poleLat = meanLat < 0 ? -90 : 90;
    pts.push([endX, pts[0][1]]);
    // Along the pole in steps of 90°, so that no edge spans more than 180° of longitude.
    for (let j = 0; j <= 4; j++) pts.push([endX + (j / 4) * (pts[0][0] - endX), poleLat]);
  }
  let lo = Infinity, hi = -Infinity;
  for (const [x] of pts) { lo = Math.min(lo, x); hi = Math.max(hi, x); }
  const pieces = [];
  for (let k = -2; k <= 2; k++) {
    const wlo = -180 + 360 * k, whi = 180 + 360 * k;
    if (!(hi > wlo && lo < whi)) continue; // touches the window's interior?
    let piece = pts;
    if (lo < wlo) piece = clipX(piece, wlo, true);
    if (hi > whi) piece = clipX(piece, whi, false);
    if (piece.length >= 3) pieces.push(piece.map(([x, y]) => [x - 360 * k, y]));
  }
  return pieces;
}

const round2 = (v) => {
  const r = Math.round(v * 100) / 100;
  return r === 0 ? 0 : r; // no -0
};

function area2(flat) {
  let a = 0;
  for (let i = 0; i + 3 < flat.length; i += 2) {
    a += flat[i] * flat[i + 3] - flat[i + 2] * flat[i + 1];
  }
  return a;
}

// Open ring -> rounded, de-duplicated, closed flat array; null when nothing is left of it.
function finishRing(pts) {
  const out = [];
  for (const [x, y] of pts) {
    const rx = Math.min(180, Math.max(-180, round2(x)));
    const ry = Math.min(90, Math.max(-90, round2(y)));
    const n = out.length;
    if (n && out[n - 2] === rx && out[n - 1] === ry) continue;
    out.push(rx, ry);
  }
  const n = () => out.length;
  while (n() >= 4 && out[0] === out[n() - 2] && out[1] === out[n() - 1]) out.length -= 2;
  if (out.length < 6) return null; // fewer than 3 distinct points
  out.push(out[0], out[1]);
  if (area2(out) === 0) return null;
  return out;
}

// ---- main ----------------------------------------------------------------------------------

function main() {
  const args = parseArgs(process.argv.slice(2));
  const require = loader(args.modules);
  const topojson = require('topojson-client');
  const atlasFile = require.resolve('world-atlas/countries-110m.json');
  const atlasPackage = path.join(path.dirname(atlasFile), 'package.json');
  const atlasVersion = JSON.parse(readFileSync(atlasPackage, 'utf8')).version;
  const topology = JSON.parse(readFileSync(atlasFile, 'utf8'));
  const collection = topojson.feature(topology, topology.objects.countries);

  const countries = [];
  for (const f of collection.features) {
    const name = f.properties && f.properties.name ? f.properties.name : '';
    let iso;
    if (f.id === undefined || f.id === null || f.id === '') {
      iso = UNNUMBERED[name] ?? '';
    } else {
      iso = ISO_NUMERIC_TO_ALPHA2[String(f.id).padStart(3, '0')];
      if (!iso) throw new Error(`no alpha-2 code for ISO 3166-1 numeric ${f.id} (${name})`);
    }
    const g = f.geometry;
    const polygons = !g ? []
      : g.type === 'Polygon' ? [g.coordinates]
      : g.type === 'MultiPolygon' ? g.coordinates
      : null;
    if (!polygons) throw new Error(`${name}: unexpected geometry ${g.type}`);
    const rings = [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (const piece of splitRing(ring)) {
          const flat = finishRing(piece);
          if (flat) rings.push(flat);
        }
      }
    }
    if (!rings.length) throw new Error(`${name}: no ring left`);
    countries.push({ iso, name, rings });
  }

  validate(countries);

  const text = '[\n' + countries.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n';
  mkdirSync(path.dirname(args.out), { recursive: true });
  writeFileSync(args.out, text);
  const points = countries.reduce((s, c) => s + c.rings.reduce((t, r) => t + r.length / 2, 0), 0);
  const ringCount = countries.reduce((s, c) => s + c.rings.length, 0);
  console.log(`${args.out}: ${Buffer.byteLength(text)} bytes, ${countries.length} countries, ` +
    `${ringCount} rings, ${points} points (world-atlas ${atlasVersion})`);
}

function validate(countries) {
  const seen = new Map();
  for (const c of countries) {
    if (c.iso !== '') {
      if (!/^[A-Z]{2}$/.test(c.iso)) throw new Error(`${c.name}: bad iso ${c.iso}`);
      if (seen.has(c.iso)) throw new Error(`iso ${c.iso} used by ${seen.get(c.iso)} and ${c.name}`);
      seen.set(c.iso, c.name);
    }
    for (const r of c.rings) {
      const fail = (what) => { throw new Error(`${c.name}: ${what}`); };
      if (r.length < 8 || r.length % 2) fail(`ring of ${r.length / 2} points`);
      if (r[0] !== r[r.length - 2] || r[1] !== r[r.length - 1]) fail('open ring');
      for (let i = 0; i < r.length; i += 2) {
        const x = r[i], y = r[i + 1];
        if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) fail(`point ${x},${y} out of range`);
        if (i && Math.abs(x - r[i - 2]) > 180) fail(`ring jumps from ${r[i - 2]} to ${x}`);
      }
    }
  }
}

try {
  main();
} catch (e) {
  let message = e.message;
  if (e.code === 'MODULE_NOT_FOUND') {
    message += '\n(install world-atlas@2 and topojson-client@3 with npm and pass their' +
      ' node_modules folder as --modules DIR, or set NODE_PATH)';
  }
  console.error(`make-world-map: ${message}`);
  process.exit(1);
}
