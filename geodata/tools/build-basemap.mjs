// Builds the offline basemap under geodata/basemap/ from Natural Earth 1:50m (npm `world-atlas`).
// Run: npm ci && node build-basemap.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { BASEMAP_DIR } from './lib/tsv.mjs';
import { roundGeometry, polygonCollectionProblems, cutAtAntimeridian, repair } from './lib/geojson.mjs';

const require = createRequire(import.meta.url);
const DECIMALS = 3;

// Rounding can make a thin ring cross itself; repairing adds exact intersection points, which
// are rounded again, so round and repair alternate until the result stays the same.
function simplified(geometry) {
  let g = roundGeometry(cutAtAntimeridian(geometry), DECIMALS);
  for (let pass = 0; pass < 4 && g; pass++) {
    const next = roundGeometry(repair(g), DECIMALS);
    if (JSON.stringify(next) === JSON.stringify(g)) break;
    g = next;
  }
  return g;
}

function toCollection(topology, object, properties) {
  const fc = feature(topology, topology.objects[object]);
  const features = (fc.type === 'FeatureCollection' ? fc.features : [fc])
    .map((f) => ({ type: 'Feature', properties: properties(f), geometry: simplified(f.geometry) }))
    .filter((f) => f.geometry);
  return { type: 'FeatureCollection', features };
}

function write(name, fc) {
  const problems = polygonCollectionProblems(fc);
  if (problems.length) throw new Error(`${name}: ${problems.slice(0, 10).join('; ')}`);
  const file = path.join(BASEMAP_DIR, name);
  fs.mkdirSync(BASEMAP_DIR, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(fc) + '\n');
  console.log(`${name}: ${fc.features.length} features, ${fs.statSync(file).size} bytes`);
}

const countries = require('world-atlas/countries-50m.json');
write('countries-50m.geojson', toCollection(countries, 'countries', (f) => ({
  name: f.properties.name,
  // ISO 3166-1 numeric code where Natural Earth has one (not for Kosovo, N. Cyprus, Somaliland, ...)
  iso_n3: f.id ?? null,
})));

const land = require('world-atlas/land-50m.json');
write('land-50m.geojson', toCollection(land, 'land', () => ({})));
