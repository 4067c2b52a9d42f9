// Checks every file under geodata/gazetteer/ against the fixed layout and prints row counts.
// Exits non-zero on the first kind of problem it finds, listing up to 20 offending rows per file.
import fs from 'node:fs';
import path from 'node:path';
import { COLUMNS, KINDS, GAZETTEER_DIR, BASEMAP_DIR, readTsv } from './lib/tsv.mjs';
import { polygonCollectionProblems } from './lib/geojson.mjs';
import { matchKey } from './lib/names.mjs';

// Prefix of the ids of curated rows, by file stem (`x:<prefix>:<slug>`).
const ID_PREFIX = { countries: 'country', admin1: 'admin1', regions: 'region', 'conflict-places': 'conflict' };

const problems = [];
const ids = new Map();
const complain = (file, line, msg) => problems.push(`${file}:${line}: ${msg}`);

const loaded = new Map();

/** Great-circle distance in km. */
function km(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/**
 * Curated towns must be missing from GeoNames: a curated city row sharing a name with a GeoNames
 * city less than 10 km away is a duplicate (add the spelling to curated/city-names.tsv instead).
 */
function checkCuratedTownsAreNew(file) {
  const cities = loaded.get('geonames-cities.tsv.gz');
  const curated = loaded.get(file);
  if (!cities || !curated) return;
  const towns = curated.filter((r) => r.kind === 'city');
  const keys = new Map();
  for (const t of towns) {
    for (const n of [t.name, ...t.names.split('|')].filter(Boolean)) keys.set(matchKey(n), [...(keys.get(matchKey(n)) ?? []), t]);
  }
  for (const c of cities) {
    for (const n of [c.name, ...c.names.split('|')].filter(Boolean)) {
      for (const t of keys.get(matchKey(n)) ?? []) {
        const d = km({ lat: Number(t.lat), lon: Number(t.lon) }, { lat: Number(c.lat), lon: Number(c.lon) });
        if (d < 10) complain(file, t._line, `${t.name} duplicates GeoNames ${c.id} ${c.name} (${d.toFixed(1)} km)`);
      }
    }
  }
}

function checkPlaceFile(file) {
  const { header, rows } = readTsv(path.join(GAZETTEER_DIR, file));
  loaded.set(file, rows);
  if (header.join('\t') !== COLUMNS.join('\t')) {
    complain(file, 1, `header is "${header.join(',')}"`);
    return 0;
  }
  const curated = !file.startsWith('geonames-');
  const stem = file.replace(/\.tsv(\.gz)?$/, '');
  const prefix = `x:${ID_PREFIX[stem] ?? stem}:`;
  for (const r of rows) {
    const at = (msg) => complain(file, r._line, msg);
    if (r._cells !== COLUMNS.length) at(`${r._cells} cells, expected ${COLUMNS.length}`);
    if (COLUMNS.some((c) => r[c].includes('"'))) at('double quote in a cell');
    if (!r.id) at('empty id');
    else if (curated ? !(r.id.startsWith(prefix) && r.id.length > prefix.length) : !/^\d+$/.test(r.id)) at(`bad id ${r.id}`);
    if (ids.has(r.id)) at(`duplicate id ${r.id} (also in ${ids.get(r.id)})`);
    ids.set(r.id, file);
    if (!r.name) at('empty name');
    const lat = Number(r.lat);
    const lon = Number(r.lon);
    if (r.lat === '' || !Number.isFinite(lat) || lat < -90 || lat > 90) at(`bad lat ${r.lat}`);
    if (r.lon === '' || !Number.isFinite(lon) || lon < -180 || lon > 180) at(`bad lon ${r.lon}`);
    if (/\.\d{6,}$/.test(r.lat) || /\.\d{6,}$/.test(r.lon)) at('more than 5 decimals');
    if (!KINDS.has(r.kind)) at(`bad kind ${r.kind}`);
    if (!/^[A-Z][A-Z0-9]*$/.test(r.feature_code)) at(`bad feature_code ${r.feature_code}`);
    if (r.country && !/^[A-Z]{2}$/.test(r.country)) at(`bad country ${r.country}`);
    if (!/^\d+$/.test(r.population)) at(`bad population ${r.population}`);
    if (r.names.split('|').some((n) => r.names && (!n || n !== n.trim()))) at('empty or padded alternate name');
    if (curated && !r.source) at('curated row without source');
    if (!curated && r.source) at('GeoNames row with source');
  }
  return rows.length;
}

function checkDemonyms(file) {
  const { header, rows } = readTsv(path.join(GAZETTEER_DIR, file));
  if (header.join('\t') !== 'demonym\tcountry') complain(file, 1, `header is "${header.join(',')}"`);
  const seen = new Set();
  for (const r of rows) {
    if (r._cells !== 2) complain(file, r._line, `${r._cells} cells, expected 2`);
    if (!r.demonym) complain(file, r._line, 'empty demonym');
    if (r.country && !/^[A-Z]{2}$/.test(r.country)) complain(file, r._line, `bad country ${r.country}`);
    const key = `${r.demonym}\t${r.country}`;
    if (seen.has(key)) complain(file, r._line, `duplicate ${r.demonym}`);
    seen.add(key);
  }
  return rows.length;
}

const files = fs.readdirSync(GAZETTEER_DIR).filter((f) => /\.tsv(\.gz)?$/.test(f)).sort();
for (const f of files) {
  const n = f === 'demonyms.tsv' ? checkDemonyms(f) : checkPlaceFile(f);
  const bytes = fs.statSync(path.join(GAZETTEER_DIR, f)).size;
  console.log(`${f.padEnd(28)} ${String(n).padStart(7)} rows ${String(bytes).padStart(10)} bytes`);
}
for (const f of files) if (f !== 'geonames-cities.tsv.gz' && loaded.has(f)) checkCuratedTownsAreNew(f);

const basemaps = fs.existsSync(BASEMAP_DIR) ? fs.readdirSync(BASEMAP_DIR).filter((f) => f.endsWith('.geojson')).sort() : [];
for (const f of basemaps) {
  const file = path.join(BASEMAP_DIR, f);
  let fc;
  try { fc = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { complain(`basemap/${f}`, 0, e.message); continue; }
  polygonCollectionProblems(fc).slice(0, 20).forEach((p) => complain(`basemap/${f}`, 0, p));
  if (f.startsWith('countries') && fc.features?.some((x) => !x.properties?.name)) complain(`basemap/${f}`, 0, 'feature without name');
  console.log(`basemap/${f.padEnd(21)} ${String(fc.features?.length).padStart(7)} features ${String(fs.statSync(file).size).padStart(7)} bytes`);
}
if (problems.length) {
  const byFile = new Map();
  for (const p of problems) {
    const f = p.split(':')[0];
    byFile.set(f, [...(byFile.get(f) ?? []), p]);
  }
  for (const list of byFile.values()) {
    list.slice(0, 20).forEach((p) => console.error(p));
    if (list.length > 20) console.error(`... and ${list.length - 20} more`);
  }
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`all ${files.length} gazetteer files and ${basemaps.length} basemap files OK, ${ids.size} unique ids`);
