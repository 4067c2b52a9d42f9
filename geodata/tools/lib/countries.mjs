// Countries (world-countries) with points checked against Natural Earth (world-atlas), and demonyms.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { geoContains, geoArea } from 'd3-geo';
import polylabel from 'polylabel';
import { coord, readTsv, CURATED_DIR } from './tsv.mjs';
import { joinNames, isUsableName } from './names.mjs';
import { packageVersion } from './packages.mjs';

const require = createRequire(import.meta.url);
const version = packageVersion;

// Languages whose Latin-script short names show up as spelling variants in English news
// ("Irak", "Syrien"); other translations are left out to keep the file compact.
const VARIANT_LANGUAGES = ['deu', 'fra', 'spa', 'ita', 'por', 'nld', 'tur'];

// Native names in these languages are left out: world-countries gives a truncated Sorani
// "common" name for Iraq, and the other Arabic-script languages are covered by ara/per/urd.
const NON_LATIN_SKIPPED = new Set(['ckb']);

function naturalEarthCountries() {
  const topology = require('world-atlas/countries-50m.json');
  // Several Natural Earth shapes can share one ISO numeric code (Australia and the Ashmore
  // and Cartier Islands), so each code maps to all its shapes, largest first.
  const byId = new Map();
  for (const f of feature(topology, topology.objects.countries).features) {
    if (!f.id) continue;
    const id = String(f.id).padStart(3, '0');
    byId.set(id, [...(byId.get(id) ?? []), f]);
  }
  for (const list of byId.values()) list.sort((a, b) => geoArea(b) - geoArea(a));
  return byId;
}

/** A point inside the largest polygon of a (Multi)Polygon feature. */
function insidePoint(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = polygons[0];
  let bestArea = -1;
  for (const p of polygons) {
    const a = geoArea({ type: 'Polygon', coordinates: p });
    if (a > bestArea) { best = p; bestArea = a; }
  }
  const [lon, lat] = polylabel(best, 0.01);
  return [lat, lon];
}

function curatedCountryNames() {
  const map = new Map();
  for (const r of readTsv(path.join(CURATED_DIR, 'country-names.tsv')).rows) map.set(r.country, r);
  return map;
}

/** Country populations (recent estimates) from the countries-states-cities database, by ISO code. */
async function populations() {
  const { getCountries } = await import('@countrystatecity/countries');
  const map = new Map();
  for (const c of await getCountries()) if (Number.isInteger(c.population) && c.population > 0) map.set(c.iso2, c.population);
  return map;
}

/** One gazetteer row per world-countries entry; returns { rows, relocated } */
export async function countryRows() {
  const population = await populations();
  const csc = `@countrystatecity/countries@${version('@countrystatecity/countries')}`;
  const countries = require('world-countries');
  const ne = naturalEarthCountries();
  const curated = curatedCountryNames();
  const wc = `world-countries@${version('world-countries')}`;
  const relocated = [];
  const rows = countries.map((c) => {
    const extra = curated.get(c.cca2);
    const name = extra?.name || c.name.common;
    let [lat, lon] = c.latlng;
    let pointNote = `point from ${wc}`;
    const shapes = ne.get(c.ccn3) ?? [];
    if (extra?.lat && extra?.lon) {
      [lat, lon] = [Number(extra.lat), Number(extra.lon)];
      pointNote = 'point hand-researched';
    } else if (shapes.length && !shapes.some((s) => geoContains(s, [lon, lat]))) {
      [lat, lon] = insidePoint(shapes[0].geometry);
      pointNote = `point inside Natural Earth 50m polygon (world-atlas@${version('world-atlas')})`;
      relocated.push(c.cca2);
    }
    const candidates = [
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((a) => a !== c.cca2 && !a.includes(',')),
      ...Object.entries(c.name.native ?? {})
        .filter(([lang]) => !NON_LATIN_SKIPPED.has(lang))
        .flatMap(([, n]) => [n.common, n.official]),
      ...VARIANT_LANGUAGES.map((l) => c.translations?.[l]?.common),
    ];
    const curatedNames = extra?.names ? extra.names.split('|') : [];
    // Abbreviations such as UAE, DPRK or USA are names for a country (not codes to drop),
    // so the hand-picked and world-countries alternate spellings may be all capitals.
    const abbreviations = [...c.altSpellings.filter((a) => a !== c.cca2), ...curatedNames]
      .filter((a) => /^[A-Z.]{2,6}$/.test(a) && a.replace(/\./g, '').length >= 2);
    let names = joinNames(name, [...curatedNames, ...candidates], { keepArabic: true });
    const present = new Set([name, ...names.split('|')].map((n) => n.toLowerCase()));
    for (const a of abbreviations) {
      if (!present.has(a.toLowerCase())) { names = names ? `${names}|${a}` : a; present.add(a.toLowerCase()); }
    }
    const pop = population.get(c.cca2);
    const source = [`${wc} (ODbL 1.0)`, pointNote, pop ? `population ${csc} (ODbL 1.0)` : '',
      extra ? `extra names ${extra.source}` : ''].filter(Boolean).join('; ');
    return {
      id: `x:country:${c.cca2}`,
      name,
      lat: coord(lat),
      lon: coord(lon),
      kind: 'country',
      feature_code: c.independent ? 'PCLI' : 'PCLD',
      country: c.cca2,
      admin1: '',
      population: String(pop ?? 0),
      names,
      source,
    };
  });
  return { rows, relocated };
}

function plural(demonym) {
  return /(an|i)$/.test(demonym) ? `${demonym}s` : null;
}

/** demonym -> country rows; ambiguous demonyms go to the one independent country using them. */
export function demonymRows() {
  const countries = require('world-countries');
  const uses = new Map();
  const add = (d, c) => {
    if (!d || !isUsableName(d)) return;
    if (!uses.has(d)) uses.set(d, new Set());
    uses.get(d).add(c);
  };
  for (const c of countries) {
    for (const d of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f])) {
      add(d, c.cca2);
      if (d) add(plural(d), c.cca2);
    }
  }
  const independent = new Set(countries.filter((c) => c.independent).map((c) => c.cca2));
  const rows = [];
  const curated = readTsv(path.join(CURATED_DIR, 'demonyms.tsv')).rows;
  const overridden = new Set(curated.map((r) => r.demonym));
  for (const [d, set] of uses) {
    if (overridden.has(d)) continue;
    let list = [...set];
    const indep = list.filter((c) => independent.has(c));
    if (list.length > 1 && indep.length === 1) list = indep;
    for (const c of list.sort()) rows.push({ demonym: d, country: c });
  }
  for (const r of curated) rows.push({ demonym: r.demonym, country: r.country });
  const seen = new Set();
  return rows
    .filter((r) => { const k = `${r.demonym}\t${r.country}`; if (seen.has(k)) return false; seen.add(k); return true; })
    .sort((a, b) => a.demonym.localeCompare(b.demonym, 'en') || a.country.localeCompare(b.country));
}
