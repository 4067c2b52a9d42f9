// Rounding, antimeridian cutting, repair, RFC 7946 winding and validation of GeoJSON polygons.
import polygonClipping from 'polygon-clipping';

function round(v, decimals) {
  const f = 10 ** decimals;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** Twice the signed planar area of a ring (positive = counterclockwise in lon/lat). */
function signedArea(ring) {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return s;
}

/** Rounds a ring, drops repeated positions; returns null when fewer than 4 positions remain. */
function roundRing(ring, decimals) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x, decimals), round(y, decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) out.push([...first]);
  if (out.length < 4 || signedArea(out) === 0) return null;
  return out;
}

/** RFC 7946 section 3.1.6: exterior rings counterclockwise, holes clockwise. */
function wind(ring, exterior) {
  const ccw = signedArea(ring) > 0;
  return ccw === exterior ? ring : ring.slice().reverse();
}

function roundPolygon(rings, decimals) {
  const exterior = roundRing(rings[0], decimals);
  if (!exterior) return null;
  const holes = rings.slice(1).map((r) => roundRing(r, decimals)).filter(Boolean);
  return [wind(exterior, true), ...holes.map((h) => wind(h, false))];
}

/** Rounds a Polygon or MultiPolygon geometry; returns null when nothing is left of it. */
export function roundGeometry(geometry, decimals = 3) {
  if (!geometry) return null;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
    : geometry.type === 'MultiPolygon' ? geometry.coordinates : null;
  if (!polygons) throw new Error(`unexpected geometry ${geometry.type}`);
  const kept = polygons.map((p) => roundPolygon(p, decimals)).filter(Boolean);
  if (!kept.length) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] }
    : { type: 'MultiPolygon', coordinates: kept };
}

/** Lists structural problems of a FeatureCollection of (Multi)Polygons; empty when valid. */
export function polygonCollectionProblems(fc) {
  const problems = [];
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return ['not a FeatureCollection'];
  fc.features.forEach((f, i) => {
    const at = `feature ${i}${f.properties?.name ? ` (${f.properties.name})` : ''}`;
    if (f.type !== 'Feature') problems.push(`${at}: type ${f.type}`);
    const g = f.geometry;
    const polygons = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : null;
    if (!polygons) { problems.push(`${at}: geometry ${g?.type}`); return; }
    polygons.forEach((rings) => rings.forEach((ring, r) => {
      if (ring.length < 4) problems.push(`${at}: ring with ${ring.length} positions`);
      const [a, b] = [ring[0], ring[ring.length - 1]];
      if (a[0] !== b[0] || a[1] !== b[1]) problems.push(`${at}: ring not closed`);
      if (ring.some(([x, y]) => !(x >= -180 && x <= 180 && y >= -90 && y <= 90))) problems.push(`${at}: position out of range`);
      if ((signedArea(ring) > 0) !== (r === 0)) problems.push(`${at}: ring ${r} wound against RFC 7946`);
    }));
  });
  return problems;
}

/** Shifts longitudes so that no edge of the ring jumps by more than 180 degrees. */
function unwrapRing(ring) {
  let shift = 0;
  const out = [[ring[0][0], ring[0][1]]];
  for (let i = 1; i < ring.length; i++) {
    const step = ring[i][0] - ring[i - 1][0];
    if (step > 180) shift -= 360;
    else if (step < -180) shift += 360;
    out.push([ring[i][0] + shift, ring[i][1]]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (Math.abs(last[0] - first[0]) >= 180) {
    // A ring around a pole (Antarctica): close it along the pole instead of across the map.
    const pole = out.reduce((s, p) => s + p[1], 0) < 0 ? -90 : 90;
    out.push([last[0], pole], [first[0], pole], [first[0], first[1]]);
  }
  return out;
}

function box(west, east) {
  return [[[west, -90], [east, -90], [east, 90], [west, 90], [west, -90]]];
}

function translate(multi, dx) {
  return multi.map((poly) => poly.map((ring) => ring.map(([x, y]) => [x + dx, y])));
}

/**
 * Cuts polygons that cross the antimeridian (Natural Earth via world-atlas draws Russia, Fiji and
 * Antarctica as rings running past 180 degrees) into pieces inside [-180, 180], so that planar
 * tools such as JTS read them as valid.
 */
export function cutAtAntimeridian(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const pieces = [];
  for (const all of polygons) {
    // On the sphere, Antarctica is the area between its coast and a tiny ring around the pole;
    // in the plane the coast ring closed along the pole says the same, so the pole ring goes.
    const rings = all.filter((r) => !r.every(([, lat]) => Math.abs(lat) >= 89.99));
    if (!rings.length) continue;
    const unwrapped = rings.map(unwrapRing);
    const lons = unwrapped.flat().map((p) => p[0]);
    if (Math.min(...lons) >= -180 && Math.max(...lons) <= 180) { pieces.push(rings); continue; }
    for (const k of [-360, 0, 360]) {
      const part = polygonClipping.intersection([unwrapped], box(-180 + k, 180 + k));
      pieces.push(...translate(part, -k));
    }
  }
  return { type: 'MultiPolygon', coordinates: pieces };
}

/** Union of a geometry with itself: resolves self-intersections and overlaps (non-zero rule). */
export function repair(geometry) {
  if (!geometry) return null;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const multi = polygonClipping.union(...polygons.map((p) => [p]));
  if (!multi.length) return null;
  return multi.length === 1 ? { type: 'Polygon', coordinates: multi[0] } : { type: 'MultiPolygon', coordinates: multi };
}
